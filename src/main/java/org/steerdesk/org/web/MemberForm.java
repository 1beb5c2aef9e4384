package org.steerdesk.org.web;

import java.time.LocalDate;

import org.steerdesk.org.MemberDraft;
import org.steerdesk.org.MemberRole;

/** The form adding (or ending) a member's term. */
public class MemberForm {

	private String personCode;

	private MemberRole role;


	private LocalDate from;


	private LocalDate to;

	MemberDraft toDraft(String committeeCode) {
		return new MemberDraft(committeeCode, personCode, role, from, to);
	}

	public String getPersonCode() { return personCode; }
	public void setPersonCode(String personCode) { this.personCode = personCode; }
	public MemberRole getRole() { return role; }
	public void setRole(MemberRole role) { this.role = role; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
}

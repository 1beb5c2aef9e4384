package org.steerdesk.external.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.steerdesk.external.Delegation;
import org.steerdesk.external.DelegationDraft;
import org.steerdesk.external.Direction;
import org.steerdesk.external.Purpose;

/** The delegation form's fields; members as the exchange format writes them ({@code CN:5;VN:1}). */
public class DelegationForm {

	private String code;

	private Direction direction;

	private String name;

	private String partner;

	private List<Purpose> purposes = new ArrayList<>();


	private LocalDate startDate;


	private LocalDate endDate;

	private String hostUnitCode;

	private String members;

	private String notes;

	private String results;

	private Integer version;

	static DelegationForm of(Delegation d, String hostUnitCode) {
		DelegationForm form = new DelegationForm();
		form.code = d.code();
		form.direction = d.direction();
		form.name = d.name();
		form.partner = d.partner();
		form.purposes = new ArrayList<>(d.purposes());
		form.startDate = d.start();
		form.endDate = d.end();
		form.hostUnitCode = hostUnitCode;
		form.members = d.membersText();
		form.notes = d.notes();
		form.results = d.results();
		form.version = d.version();
		return form;
	}

	DelegationDraft toDraft() {
		return new DelegationDraft(code, direction, name, partner, purposes, startDate, endDate, hostUnitCode, members, notes, results);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public Direction getDirection() { return direction; }
	public void setDirection(Direction direction) { this.direction = direction; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getPartner() { return partner; }
	public void setPartner(String partner) { this.partner = partner; }
	public List<Purpose> getPurposes() { return purposes; }
	public void setPurposes(List<Purpose> purposes) { this.purposes = purposes; }
	/** Violations name the exchange column {@code purpose}. */
	public List<Purpose> getPurpose() { return purposes; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public String getHostUnitCode() { return hostUnitCode; }
	public void setHostUnitCode(String hostUnitCode) { this.hostUnitCode = hostUnitCode; }
	public String getMembers() { return members; }
	public void setMembers(String members) { this.members = members; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public String getResults() { return results; }
	public void setResults(String results) { this.results = results; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

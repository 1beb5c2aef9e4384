package org.steerdesk.org;

import java.time.LocalDate;

/** A person's role in a committee for a term; {@code to} is empty while the term runs. */
public record CommitteeMember(long id, long committeeId, long personId, MemberRole role, LocalDate from, LocalDate to) {

	public boolean isCurrentOn(LocalDate day) {
		return !from.isAfter(day) && (to == null || !to.isBefore(day));
	}
}

package org.steerdesk.org;

import java.time.LocalDate;

/** A term of a person in a committee, as in the {@code committee-members} exchange format. */
public record MemberDraft(String committeeCode, String personCode, MemberRole role, LocalDate from, LocalDate to) {
}

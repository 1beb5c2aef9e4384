package org.steerdesk.external;

import java.time.LocalDate;

/** The editable content of a meeting, as in the {@code meetings} exchange format. */
public record MeetingDraft(String code, LocalDate date, MeetingMode mode, String partner, String country, String topic,
		String unitCode, String outcome) {
}

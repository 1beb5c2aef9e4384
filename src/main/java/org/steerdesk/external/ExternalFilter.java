package org.steerdesk.external;

import java.time.LocalDate;


/**
 * The filters of the external-information lists (every part may be empty): the unit whose scope
 * to list, direction, purpose, a country or territory, meeting mode, a range of days, and words.
 */
public record ExternalFilter(String unit, Direction direction, Purpose purpose, String country, MeetingMode mode,
		LocalDate from, LocalDate to,
		String q) {
}

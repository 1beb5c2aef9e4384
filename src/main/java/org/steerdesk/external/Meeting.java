package org.steerdesk.external;

import java.time.LocalDate;

/** A meeting with a foreign partner (online or in person). */
public record Meeting(long id, String code, LocalDate date, MeetingMode mode, String partner, Long partnerId, String country,
		String topic, long unitId, String outcome, int version) {
}

package org.steerdesk.gatherings;

import java.time.LocalDate;

/**
 * An event or conference: when it started (a day, and a time of day "HH:MM" if known) and ended,
 * where or online, the organising unit, how many took part and how many of them were foreigners,
 * and whether it promoted the province's image.
 */
public record Gathering(long id, String code, GatheringType type, String title, LocalDate startDate, String startTime,
		LocalDate endDate, String endTime, String place, boolean online, long unitId, Long participants, Long foreignParticipants,
		boolean promotesImage, int version) {

	/** The start as the exchange format writes it: {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM}. */
	public String startText() {
		return startTime == null ? startDate.toString() : startDate + "T" + startTime;
	}

	/** The end as the exchange format writes it, or empty. */
	public String endText() {
		return endDate == null ? "" : endTime == null ? endDate.toString() : endDate + "T" + endTime;
	}
}

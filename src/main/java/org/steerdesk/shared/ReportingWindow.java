package org.steerdesk.shared;

import java.time.LocalDate;

/**
 * How a committee's reporting year runs. {@code DECREE_09}: Decree 09/2019/ND-CP, 15 December of
 * the previous year to 14 December; {@code CALENDAR}: 1 January to 31 December.
 */
public enum ReportingWindow {

	DECREE_09, CALENDAR;

	/** The reporting year a day falls in (with Decree 09, 15 December already counts to the next year). */
	public int yearOf(LocalDate day) {
		return this == DECREE_09 && day.getMonthValue() == 12 && day.getDayOfMonth() >= 15 ? day.getYear() + 1 : day.getYear();
	}

	public DateRange year(int year) {
		return switch (this) {
			case DECREE_09 -> new DateRange(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
			case CALENDAR -> new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		};
	}
}

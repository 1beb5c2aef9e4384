package org.steerdesk.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The province's time: the zone (setting {@code steerdesk.zone}, default {@code Asia/Ho_Chi_Minh})
 * in which days, years, reporting windows and local times of records are read and shown. Times are
 * stored as instants; this is the one place that says which wall clock they are read on. One
 * deployment serves one province, so the zone is the application's, set once at start.
 */
@Component
public final class ProvinceTime {

	private static volatile ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

	ProvinceTime(@Value("${steerdesk.zone:Asia/Ho_Chi_Minh}") String zone) {
		ProvinceTime.zone = ZoneId.of(zone);
	}

	public static ZoneId zone() {
		return zone;
	}

	/** Today in the province. */
	public static LocalDate today() {
		return LocalDate.now(zone);
	}

	/** This year in the province. */
	public static int thisYear() {
		return today().getYear();
	}

	/** The same instant on the province's clock. */
	public static OffsetDateTime local(OffsetDateTime at) {
		return at.atZoneSameInstant(zone).toOffsetDateTime();
	}

	/** The province's day of an instant. */
	public static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(zone).toLocalDate();
	}

	/** The province's wall-clock time as the date-time it names. */
	public static OffsetDateTime at(LocalDateTime local) {
		return local.atZone(zone).toOffsetDateTime();
	}

	/** The start of a day in the province. */
	/** The last instant of a day in the province (an offset time, nanoseconds before the next day). */
	public static OffsetDateTime endOf(LocalDate day) {
		return startOf(day.plusDays(1)).minusNanos(1_000);
	}

	public static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

	/** An instant as the province's wall-clock time (for forms). */
	public static LocalDateTime wallClock(OffsetDateTime at) {
		return at.atZoneSameInstant(zone).toLocalDateTime();
	}
}

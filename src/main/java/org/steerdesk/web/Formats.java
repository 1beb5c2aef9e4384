package org.steerdesk.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.steerdesk.shared.ProvinceTime;

/**
 * Numbers and dates in the page's language, for templates ({@code ${@fmt.number(n)}}): in
 * Vietnamese {@code 74.112} and {@code 05/01/2023}, in English {@code 74,112} and
 * {@code 5 January 2023}; times in the province's zone.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

	/** A whole number with the language's grouping; empty for none. */
	public String number(Number value) {
		return value == null ? null : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A day (a date, or the day of a time in the province's zone). */
	public String date(TemporalAccessor value) {
		return value == null ? null : (english() ? EN_DAY : VI_DAY).format(local(value));
	}

	/** A time to the minute in the province's zone. */
	public String dateTime(TemporalAccessor value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate day) {
			return date(day);
		}
		return (english() ? EN_TIME : VI_TIME).format(local(value));
	}

	private static TemporalAccessor local(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return instant.atZone(ProvinceTime.zone());
		}
		if (value instanceof OffsetDateTime time) {
			return time.atZoneSameInstant(ProvinceTime.zone());
		}
		if (value instanceof ZonedDateTime time) {
			return time.withZoneSameInstant(ProvinceTime.zone());
		}
		return value;
	}

	private static boolean english() {
		return "en".equals(locale().getLanguage());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}

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

	/** The prefixes under which a stored code (an enum's constant) has its label. */
	private static final java.util.List<String> LABELS = java.util.List.of("awards.form.", "awards.type.", "awards.nomination.", "awards.status.",
			"review.status.", "gatherings.type.", "gatherings.role.", "gatherings.attendance.", "training.group.", "external.direction.",
			"external.mode.", "external.purpose.", "external.partnerKind.", "media.kind.", "media.platform.", "media.metric.", "media.type.", "org.kind.",
			"org.role.", "role.", "window.", "audit.value.");

	private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]+");

	private final org.springframework.context.MessageSource messages;

	private final tools.jackson.databind.json.JsonMapper json;

	Formats(org.springframework.context.MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A change as a reader says it: the stored record ({@code {"kind":"DISTRICT","validFrom":"2022-01-01"}})
	 * as lines "field: value", fields by their labels, days in the page's way, codes by their labels.
	 */
	public java.util.List<String> changes(String stored) {
		if (stored == null || stored.isBlank()) {
			return java.util.List.of();
		}
		java.util.Map<String, Object> fields;
		try {
			fields = json.readValue(stored, new tools.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() {
			});
		}
		catch (RuntimeException e) {
			return java.util.List.of(stored);
		}
		java.util.List<String> lines = new java.util.ArrayList<>();
		fields.forEach((field, value) -> lines.add(label("audit.field." + field, field) + ": " + value(value)));
		return lines;
	}

	private String value(Object value) {
		if (value == null) {
			return "—";
		}
		String text = String.valueOf(value);
		if (ISO_DAY.matcher(text).matches()) {
			return date(LocalDate.parse(text));
		}
		if (value instanceof Number n) {
			return n instanceof Integer || n instanceof Long ? number(n) : decimal(n);
		}
		if (CODE.matcher(text).matches()) {
			for (String prefix : LABELS) {
				String label = messages.getMessage(prefix + text, null, null, locale());
				if (label != null) {
					return label;
				}
			}
		}
		return text;
	}

	private String label(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale());
	}

	/** A month ({@code 2023-01}, a {@link java.time.YearMonth} or its text) the language's way: {@code 01/2023}, {@code January 2023}. */
	public String month(Object value) {
		if (value == null) {
			return null;
		}
		try {
			java.time.YearMonth month = value instanceof java.time.YearMonth m ? m : java.time.YearMonth.parse(String.valueOf(value));
			return month.format(english() ? DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH) : DateTimeFormatter.ofPattern("MM/yyyy"));
		}
		catch (java.time.format.DateTimeParseException e) {
			return String.valueOf(value);
		}
	}

	private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

	/** A whole number with the language's grouping; empty for none. */
	public String number(Number value) {
		return value == null ? null : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A decimal (a score, a weight) with the language's separators and at most four decimals: {@code 9,45} in Vietnamese, {@code 9.45} in English. */
	public String decimal(Number value) {
		return value == null ? null : org.steerdesk.shared.NumberPhrasing.decimal(value, locale());
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

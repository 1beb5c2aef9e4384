package org.steerdesk.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Violations;

/**
 * One data row of an import file: its number as Excel shows it (the header is row 1) and its
 * values by lower-case column name, NFC-normalised and trimmed, absent when the cell is empty.
 * The typed readers add a violation naming the column when a value cannot be read, and return null.
 */
public record ImportRow(int number, Map<String, String> values) {


	public String text(String column) {
		return values.get(column);
	}

	public LocalDate date(String column, Violations violations) {
		String value = values.get(column);
		if (value == null) {
			return null;
		}
		try {
			return day(value);
		}
		catch (DateTimeParseException e) {
			violations.add(column, "validation.date", value);
			return null;
		}
	}

	/**
	 * A date-time {@code YYYY-MM-DDTHH:MM[:SS]} in local time or with an offset; a date alone means 00:00.
	 */
	public OffsetDateTime dateTime(String column, Violations violations) {
		String value = values.get(column);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() <= 10) {
				return ProvinceTime.startOf(day(value));
			}
			java.util.regex.Matcher written = WRITTEN_TIME.matcher(value);
			if (written.matches()) {
				return ProvinceTime.at(day(written.group(1)).atTime(Integer.parseInt(written.group(2)), Integer.parseInt(written.group(3))));
			}
			if (hasOffset(value)) {
				return OffsetDateTime.parse(value);
			}
			return ProvinceTime.at(LocalDateTime.parse(value));
		}
		catch (DateTimeParseException e) {
			violations.add(column, "validation.dateTime", value);
			return null;
		}
	}

	/** A day as the spec writes it ({@code 2023-03-15}) or as a clerk does ({@code 15/03/2023}, {@code 15/3/2023}). */
	static LocalDate day(String value) {
		java.util.regex.Matcher written = WRITTEN_DAY.matcher(value);
		if (written.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(written.group(3)), Integer.parseInt(written.group(2)), Integer.parseInt(written.group(1)));
			}
			catch (java.time.DateTimeException e) {
				throw new DateTimeParseException("no such day", value, 0);
			}
		}
		return LocalDate.parse(value);
	}

	private static final java.util.regex.Pattern WRITTEN_DAY = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final java.util.regex.Pattern WRITTEN_TIME = java.util.regex.Pattern
		.compile("(\\d{1,2}/\\d{1,2}/\\d{4})[ T](\\d{1,2}):(\\d{2})");

	/** Whether a date-time ends with {@code Z} or {@code ±HH:MM} (checked by hand: a regex per cell cost a fifth of an import). */
	private static boolean hasOffset(String value) {
		int n = value.length();
		if (n > 0 && (value.charAt(n - 1) == 'Z' || value.charAt(n - 1) == 'z')) {
			return true;
		}
		return n >= 6 && (value.charAt(n - 6) == '+' || value.charAt(n - 6) == '-') && value.charAt(n - 3) == ':'
				&& Character.isDigit(value.charAt(n - 5)) && Character.isDigit(value.charAt(n - 4))
				&& Character.isDigit(value.charAt(n - 2)) && Character.isDigit(value.charAt(n - 1));
	}

	public <E extends Enum<E>> E enumValue(String column, Class<E> type, Violations violations) {
		return enumValue(column, type, null, violations);
	}

	/**
	 * One of the enum's values (in any case); a refusal names the allowed values by their labels
	 * ({@code labelPrefix} + value, e.g. {@code media.kind.}) as users see them in the pages.
	 */
	public <E extends Enum<E>> E enumValue(String column, Class<E> type, String labelPrefix, Violations violations) {
		String value = values.get(column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			String labelled = Labels.codeOf(value, labelPrefix, java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
			if (labelled != null) {
				return Enum.valueOf(type, labelled);
			}
			violations.add(column, "validation.oneOf", value,
					new AllowedValues(labelPrefix, java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	/** A whole number from 0 to {@code max}. */
	public Long count(String column, long max, Violations violations) {
		String value = values.get(column);
		if (value == null) {
			return null;
		}
		try {
			long n = Long.parseLong(value);
			if (n < 0) {
				violations.add(column, "validation.notNegative", value);
				return null;
			}
			if (n > max) {
				violations.add(column, "validation.atMost", value, max);
				return null;
			}
			return n;
		}
		catch (NumberFormatException e) {
			// beyond 2^63 - 1 is a whole number too, just far too large
			violations.add(column, value.matches("\\d{19,}") ? "validation.atMost" : "validation.wholeNumber", value, max);
			return null;
		}
	}

	public Boolean bool(String column, Violations violations) {
		String value = values.get(column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> {
				violations.add(column, "validation.boolean", value);
				yield null;
			}
		};
	}

	/** A multi-valued cell, separated by {@code ;}. */
	public List<String> list(String column) {
		String value = values.get(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}

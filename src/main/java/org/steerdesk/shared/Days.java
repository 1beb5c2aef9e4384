package org.steerdesk.shared;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * A day as users write it: {@code 05/01/2023} (also {@code 5/1/2023}), whatever the browser's
 * locale, and as other systems send it, {@code 2023-01-05}; shown in forms as {@code dd/MM/yyyy}.
 * Registered for every {@link LocalDate} a page or an API binds.
 */
public final class Days implements Formatter<LocalDate> {

	private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int MAX_LENGTH = 10;

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		String day = text.strip();
		if (day.isEmpty() || day.length() > MAX_LENGTH) {
			throw new ParseException(text, 0);
		}
		try {
			if (day.indexOf('/') < 0) {
				return LocalDate.parse(day);
			}
			String[] parts = day.split("/", -1);
			if (parts.length != 3 || parts[2].length() != 4) {
				throw new ParseException(text, 0);
			}
			return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
		}
		catch (DateTimeException | NumberFormatException e) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(LocalDate day, Locale locale) {
		return FORM.format(day);
	}
}

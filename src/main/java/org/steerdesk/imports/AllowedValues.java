package org.steerdesk.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The values a column allows, shown to the user as they see them elsewhere: each value's label in
 * the user's language with the value to write after it, "Tin (NEWS), Bài viết (ARTICLE)".
 *
 * @param labelPrefix the message key before each value ({@code media.kind.}), or null when values have no label
 * @param names the values, as written in a file
 */
public record AllowedValues(String labelPrefix, List<String> names) {

	/** The values in the user's language. */
	public String render(MessageSource messages, Locale locale) {
		StringBuilder out = new StringBuilder();
		for (String name : names) {
			String label = labelPrefix == null ? null : messages.getMessage(labelPrefix + name, null, null, locale);
			out.append(out.isEmpty() ? "" : ", ").append(label == null || label.equals(name) ? name : label + " (" + name + ")");
		}
		return out.toString();
	}

	/** The values alone (where no message source is at hand). */
	@Override
	public String toString() {
		return String.join(", ", names);
	}
}

package org.steerdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steerdesk.shared.NumberPhrasing;

/**
 * Fills a review template's narrative: {@code {key}} is the figure's exact value, {@code {key~}}
 * its rounded phrase ("gần 30.000"), {@code {key:change}} the comparison with the previous period
 * ("tăng 12% so với năm 2021"). Unknown keys are reported, never silently left out.
 */
public final class FigureText {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_.]*)(~|:change)?\\}");

	/** A comparison in brackets of its own ("(tăng 12% …)", "(*…*)"), with the space before it. */
	static final Pattern BRACKETED_CHANGE = Pattern.compile("\\s*\\(\\s*([*_]{0,2})\\{[a-z][a-z0-9_.]*:change\\}\\1\\s*\\)");

	/** A comparison in running text, with the comma or space that leads up to it. */
	static final Pattern CHANGE = Pattern.compile(",?\\s*([*_]{0,2})\\{[a-z][a-z0-9_.]*:change\\}\\1");

	/** A placeholder filled in: where it stood, which figure, and the words put there. */
	public record Filled(int start, int end, String key, String words) {
	}

	/** The text with its placeholders filled, each one's place, and the keys no figure has. */
	public record Result(String text, List<Filled> figures, List<String> unknownKeys) {

		public boolean ok() {
			return unknownKeys.isEmpty();
		}
	}

	private FigureText() {
	}

	/** The figure keys a template uses that are not in the catalogue. */
	public static List<String> unknownKeys(String template, Set<String> catalogue) {
		List<String> unknown = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(template);
		while (m.find()) {
			if (!catalogue.contains(m.group(1)) && !unknown.contains(m.group(1))) {
				unknown.add(m.group(1));
			}
		}
		return unknown;
	}

	/**
	 * Fills the template with this period's values and the previous period's ({@code previousLabel},
	 * e.g. "2021"), in the language of {@code locale}.
	 */
	public static Result fill(String template, Map<String, Long> values, Map<String, Long> previous, String previousLabel,
			Locale locale) {
		return fill(template, values, previous, previousLabel, Map.of(), locale);
	}

	/**
	 * Fills the template as above; {@code {key}} of a phrase ({@code phrases}, written by the
	 * registers from the figures' breakdowns) is its sentence.
	 */
	public static Result fill(String template, Map<String, Long> values, Map<String, Long> previous, String previousLabel,
			Map<String, String> phrases, Locale locale) {
		if (previous.values().stream().allMatch(v -> v == 0)) {
			// a previous period without any record has nothing to compare with: no "0", no fragment
			template = CHANGE.matcher(BRACKETED_CHANGE.matcher(template).replaceAll("")).replaceAll("");
		}
		StringBuilder out = new StringBuilder();
		List<Filled> filled = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(template);
		int last = 0;
		while (m.find()) {
			out.append(template, last, m.start());
			String key = m.group(1);
			Long value = values.get(key);
			String words;
			if (value == null && phrases.containsKey(key) && m.group(2) == null) {
				words = phrases.get(key);
			}
			else if (value == null) {
				if (!unknown.contains(key)) {
					unknown.add(key);
				}
				words = m.group();
			}
			else if ("~".equals(m.group(2))) {
				words = NumberPhrasing.rounded(value, locale);
			}
			else if (":change".equals(m.group(2))) {
				words = NumberPhrasing.change(value, previous.getOrDefault(key, 0L), previousLabel, locale);
			}
			else {
				words = NumberPhrasing.exact(value, locale);
			}
			if (value != null) {
				filled.add(new Filled(out.length(), out.length() + words.length(), key, words));
			}
			out.append(words);
			last = m.end();
		}
		out.append(template.substring(last));
		return new Result(out.toString(), filled, unknown);
	}
}

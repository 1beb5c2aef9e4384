package org.steerdesk.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text rules: input is stored in Unicode NFC, searched by a diacritic-free key
 * ("nghiem" finds "Nghiêm", "d" finds "Đ") and sorted with Vietnamese collation.
 */
public final class VietnameseText {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private VietnameseText() {
	}

	/** Trimmed NFC form, or {@code null} for null or blank input. */
	public static String nfc(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = (belowCombiningMarks(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Whether the text holds a control character that no person types: C0 and C1 controls and
	 * DEL, except tab, line feed and carriage return, which multi-line text may hold.
	 */
	public static boolean hasControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether every character comes before the combining marks (U+0300): such text is already in
	 * NFC, and most cells of an import (codes, dates, URLs, numbers) are.
	 */
	private static boolean belowCombiningMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u0300') {
				return false;
			}
		}
		return true;
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	/** Lower-case, diacritic-free, single-spaced key for searching; empty for null. */
	public static String searchKey(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replace('đ', 'd').replace('Đ', 'D');
		StringBuilder key = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				key.append(c);
			}
		}
		return SPACES.matcher(key.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A comparator in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, ...). */
	/**
	 * Vietnamese names as Vietnamese lists order them: by the given name (the last word), then the
	 * whole name, in Vietnamese collation ("Nguyễn Văn An" before "Trần Thị Bình").
	 */
	public static Comparator<String> personNames() {
		Comparator<String> collation = collation();
		return Comparator.comparing((String name) -> name == null ? null : name.strip().substring(name.strip().lastIndexOf(' ') + 1),
				collation).thenComparing(collation);
	}

	public static Comparator<String> collation() {
		Collator collator = Collator.getInstance(VI);
		collator.setStrength(Collator.TERTIARY);
		return Comparator.nullsLast(collator::compare);
	}
}

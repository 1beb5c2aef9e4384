package org.steerdesk.contests;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate texts: a text's fingerprint is the MinHash of its shingles of {@value #SHINGLE}
 * words ({@value #HASHES} hash functions), lower-cased and without diacritics, so that two texts'
 * share of equal fingerprint slots estimates the Jaccard similarity of their shingle sets.
 */
final class Fingerprints {

	static final int SHINGLE = 5;

	static final int HASHES = 128;

	/** Entries whose estimated similarity is at least this are flagged. */
	static final double THRESHOLD = 0.8;

	private static final long[] A = new long[HASHES];

	private static final long[] B = new long[HASHES];

	static {
		java.util.Random random = new java.util.Random(20221212L);
		for (int i = 0; i < HASHES; i++) {
			A[i] = random.nextLong() | 1;
			B[i] = random.nextLong();
		}
	}

	private Fingerprints() {
	}

	/** The fingerprint of a text as stored ({@value #HASHES} numbers in base 36), or null for a text shorter than a shingle. */
	static String of(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
			.replace('Đ', 'D').toLowerCase(Locale.ROOT);
		String[] words = Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
		if (words.length < SHINGLE) {
			return null;
		}
		long[] min = new long[HASHES];
		Arrays.fill(min, Long.MAX_VALUE);
		for (int i = 0; i + SHINGLE <= words.length; i++) {
			long h = String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)).hashCode() * 0x9E3779B97F4A7C15L;
			for (int k = 0; k < HASHES; k++) {
				long v = (A[k] * h + B[k]) >>> 1;
				if (v < min[k]) {
					min[k] = v;
				}
			}
		}
		return text(min);
	}

	/** A fingerprint as stored: its values in base 36, separated by dots. */
	private static String text(long[] values) {
		List<String> parts = new ArrayList<>(HASHES);
		for (long v : values) {
			parts.add(Long.toString(v, 36));
		}
		return String.join(".", parts);
	}

	/**
	 * The fingerprint of several texts together: slot by slot the least value, which is the MinHash
	 * of the union of their shingles (so a text is read once, and an entry's files combine).
	 */
	static String union(List<String> prints) {
		long[] min = null;
		for (String print : prints) {
			long[] values = values(print);
			if (values == null) {
				continue;
			}
			if (min == null) {
				min = values;
			}
			else {
				for (int k = 0; k < HASHES; k++) {
					min[k] = Math.min(min[k], values[k]);
				}
			}
		}
		return min == null ? null : text(min);
	}

	/** A stored fingerprint's values, or null when missing or not of this form. */
	static long[] values(String print) {
		if (print == null) {
			return null;
		}
		String[] parts = print.split("\\.");
		if (parts.length != HASHES) {
			return null;
		}
		long[] values = new long[HASHES];
		try {
			for (int k = 0; k < HASHES; k++) {
				values[k] = Long.parseLong(parts[k], 36);
			}
		}
		catch (NumberFormatException e) {
			return null;
		}
		return values;
	}

	/** The estimated similarity of two fingerprints' values. */
	static double similarity(long[] a, long[] b) {
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return (double) same / HASHES;
	}
}

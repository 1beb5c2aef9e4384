package org.steerdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How reports say numbers. Vietnamese writes "." for thousands and "," for decimals
 * ("29.812", "1,5 triệu"), English the other way round. A rounded phrase reads like the source:
 * 29,812 → "gần 30.000" / "nearly 30,000"; 79,563 → "hơn 79.500" / "over 79,500";
 * 42,060,000 → "42 triệu" / "42 million".
 */
public final class NumberPhrasing {

	/** Below this share of the value, a figure in millions needs no "nearly" or "over". */
	static final double CLOSE_ENOUGH = 0.005;

	private NumberPhrasing() {
	}

	/** A decimal (a score, a weight) with the language's separators and at most four decimals: {@code 9,45} in Vietnamese, {@code 9.45} in English. */
	public static String decimal(Number value, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/** The exact value with the language's thousands separator. */
	public static String exact(long value, Locale locale) {
		return format(BigDecimal.valueOf(value), 0, locale);
	}

	/** The value as a rounded phrase: a round number, with "nearly" or "over" unless it is very close. */
	public static String rounded(long value, Locale locale) {
		boolean vi = isVietnamese(locale);
		long magnitude = Math.abs(value);
		if (magnitude < 1000) {
			return exact(value, locale);
		}
		if (magnitude >= 1_000_000) {
			double millions = value / 1_000_000.0;
			int decimals = magnitude >= 10_000_000 ? 0 : 1;
			BigDecimal near = BigDecimal.valueOf(millions).setScale(decimals, RoundingMode.HALF_UP);
			String number = format(near, decimals, locale).replaceAll("[.,]0$", "");
			String words = number + (vi ? " triệu" : " million");
			return qualify(value, near.doubleValue() * 1_000_000, words, vi);
		}
		long step = (long) Math.pow(10, Math.floor(Math.log10(magnitude)) - 1);
		long upper = ceil(value, step);
		if (upper == value) {
			return exact(value, locale);
		}
		if (upper - value <= step / 4) {
			return (vi ? "gần " : "nearly ") + exact(upper, locale);
		}
		long lower = floor(value, step / 2);
		return lower == value ? exact(value, locale) : (vi ? "hơn " : "over ") + exact(lower, locale);
	}

	/**
	 * The comparison with the previous period: "tăng 12% so với năm 2021" / "up 12% on 2021",
	 * "giảm 5% ..." / "down 5% ...", "bằng năm 2021" / "the same as in 2021".
	 */
	public static String change(long value, long previous, String previousLabel, Locale locale) {
		boolean vi = isVietnamese(locale);
		if (previous == 0) {
			return vi ? "năm " + previousLabel + ": 0" : previousLabel + ": none";
		}
		if (value == previous) {
			return vi ? "bằng năm " + previousLabel : "the same as in " + previousLabel;
		}
		BigDecimal percent = BigDecimal.valueOf(Math.abs(value - previous) * 100.0 / previous)
			.setScale(Math.abs(value - previous) * 100.0 / previous < 10 ? 1 : 0, RoundingMode.HALF_UP);
		String number = format(percent, percent.scale(), locale).replaceAll("[.,]0$", "") + "%";
		if (vi) {
			return (value > previous ? "tăng " : "giảm ") + number + " so với năm " + previousLabel;
		}
		return (value > previous ? "up " : "down ") + number + " on " + previousLabel;
	}

	private static String qualify(long value, double round, String words, boolean vi) {
		if (Math.abs(value - round) / Math.abs((double) value) < CLOSE_ENOUGH) {
			return words;
		}
		if (round > value) {
			return (vi ? "gần " : "nearly ") + words;
		}
		return (vi ? "hơn " : "over ") + words;
	}

	private static long ceil(long value, long step) {
		return Math.floorDiv(value + step - 1, step) * step;
	}

	private static long floor(long value, long step) {
		return Math.floorDiv(value, step) * step;
	}

	private static String format(BigDecimal value, int decimals, Locale locale) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		boolean vi = isVietnamese(locale);
		symbols.setGroupingSeparator(vi ? '.' : ',');
		symbols.setDecimalSeparator(vi ? ',' : '.');
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
		return format.format(value);
	}

	private static boolean isVietnamese(Locale locale) {
		return !"en".equals(locale.getLanguage());
	}
}

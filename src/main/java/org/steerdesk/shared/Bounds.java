package org.steerdesk.shared;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The documented upper bounds of counted values (spec §2), checked on every input, and the exact
 * reading of SQL sums: a sum is computed by the database in NUMERIC and read back exactly, never
 * wrapped around.
 */
public final class Bounds {

	/** The largest value of one observation (views, reactions, ...): a hundred billion. */
	public static final long MAX_METRIC_VALUE = 100_000_000_000L;

	/** The most members of one nationality in one delegation. */
	public static final int MAX_MEMBERS = 10_000;

	/** The most participants of one gathering or training. */
	public static final int MAX_PARTICIPANTS = 10_000_000;

	/** The longest range a statistics page charts month by month: twenty years. */
	public static final int MAX_CHART_MONTHS = 240;

	private Bounds() {
	}

	/**
	 * The months from {@code from} to {@code to}, both included, as {@code YYYY-MM}.
	 * @throws RefusedRequestException (400, naming {@code from}) beyond {@link #MAX_CHART_MONTHS}
	 */
	public static java.util.List<String> months(java.time.LocalDate from, java.time.LocalDate to) {
		java.time.YearMonth first = java.time.YearMonth.from(from);
		java.time.YearMonth last = java.time.YearMonth.from(to);
		long count = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
		if (count > MAX_CHART_MONTHS) {
			throw new RefusedRequestException(400, "error.rangeTooLong", "from", null, MAX_CHART_MONTHS / 12);
		}
		java.util.List<String> months = new java.util.ArrayList<>();
		for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		return months;
	}

	/** A size limit as people read it: {@code 100 MB}, {@code 4 KB}. */
	public static String readable(org.springframework.util.unit.DataSize size) {
		long bytes = size.toBytes();
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " B";
	}

	/**
	 * A SUM column read exactly.
	 * @throws RefusedRequestException (422) when the sum is beyond a long, which the input bounds make
	 *         unreachable short of tens of millions of records at their bound
	 */
	public static long sum(ResultSet rs, int column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		if (value == null) {
			return 0;
		}
		try {
			return value.longValueExact();
		}
		catch (ArithmeticException e) {
			throw new RefusedRequestException(422, "figures.overflow", null, null);
		}
	}
}

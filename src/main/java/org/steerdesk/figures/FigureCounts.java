package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.Optional;
import org.steerdesk.shared.RecordScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts figures are made of, over a figure's scope: a select ({@code ... WHERE ...}) gets
 * the scope's unit and day conditions on the table {@code alias}, then its grouping.
 */
public final class FigureCounts {

	private FigureCounts() {
	}

	/** One number (a count or a sum) over the scope. */
	public static long single(JdbcClient jdbc, String select, String alias, String unitColumn, String dayColumn, FigureScope scope) {
		StringBuilder sql = new StringBuilder(select);
		List<Object> params = new ArrayList<>();
		scope.records().where(alias, unitColumn, dayColumn, sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/** Counts by the select's first column (its second is the count), ordered by the group. */
	public static Map<String, Long> grouped(JdbcClient jdbc, String select, String alias, String unitColumn, String dayColumn,
			String group, FigureScope scope) {
		StringBuilder sql = new StringBuilder(select);
		List<Object> params = new ArrayList<>();
		scope.records().where(alias, unitColumn, dayColumn, sql, params);
		sql.append(" GROUP BY ").append(group).append(" ORDER BY 1");
		Map<String, Long> out = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(params).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
		return out;
	}

	/** The latest day in {@code alias.dayColumn} of a table's records in the scope ({@code from} the table {@code alias}). */
	public static Optional<LocalDate> latest(JdbcClient jdbc, String table, String alias, String unitColumn, String dayColumn,
			RecordScope records) {
		StringBuilder sql = new StringBuilder("SELECT MAX(" + alias + "." + dayColumn + ") FROM " + table + " " + alias + " WHERE 1=1");
		List<Object> params = new ArrayList<>();
		records.where(alias, unitColumn, dayColumn, sql, params);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
	}

	/** The sum of the groups; a figure's value when it is shown by group. */
	public static long total(Map<String, Long> groups) {
		long total = 0;
		for (long n : groups.values()) {
			total = Math.addExact(total, n);
		}
		return total;
	}
}

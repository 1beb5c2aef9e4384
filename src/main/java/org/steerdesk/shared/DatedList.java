package org.steerdesk.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A register's list of records by day, newest first: one table with its alias, its day and id
 * columns and its row mapper, declared once; it reads a page after a keyset cursor and streams
 * every row for an export, under the conditions the register built (its scope and filters).
 * <pre>
 * static final DatedList&lt;Gathering&gt; LIST = DatedList.of("gatherings", "g", "start_date", Gatherings::map,
 *         Gathering::startDate, Gathering::id);
 * </pre>
 */
public record DatedList<T>(String table, String alias, String dayColumn, RowMapper<T> map, Function<T, LocalDate> day,
		ToLongFunction<T> id) {

	public static <T> DatedList<T> of(String table, String alias, String dayColumn, RowMapper<T> map, Function<T, LocalDate> day,
			ToLongFunction<T> id) {
		return new DatedList<>(table, alias, dayColumn, map, day, id);
	}

	/**
	 * The rows of the page after {@code after} (a cursor of the previous page, or null for the first),
	 * {@code size} of them, with the list's {@code total} carried in the next cursor.
	 * @param where the conditions ({@code " AND ..."}) with their {@code params}
	 */
	public Page<T> page(JdbcClient jdbc, String where, List<Object> params, String after, int size, long total) {
		Keyset keyset = Keyset.after(after);
		List<Object> pageParams = new ArrayList<>(params);
		String position = keyset.condition(column(dayColumn), column("id"), LocalDate::parse, pageParams);
		List<T> rows = jdbc.sql(select() + where + position + order() + " FETCH FIRST " + (size + 1) + " ROWS ONLY")
			.params(pageParams)
			.query(map)
			.list();
		return Keyset.page(rows, size, total, t -> day.apply(t), id);
	}

	/** Every row under the conditions, newest first, one at a time (an export). */
	public Rows<T> all(JdbcClient jdbc, String where, List<Object> params) {
		return out -> jdbc.sql(select() + where + order())
			.params(params)
			.query((RowCallbackHandler) rs -> out.accept(map.mapRow(rs, 0)));
	}

	private String select() {
		return "SELECT " + alias + ".* FROM " + table + " " + alias + " WHERE 1=1";
	}

	private String order() {
		return " ORDER BY " + column(dayColumn) + " DESC, " + column("id") + " DESC";
	}

	private String column(String name) {
		return alias + "." + name;
	}
}

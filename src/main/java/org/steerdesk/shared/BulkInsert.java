package org.steerdesk.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows into one table inside the caller's transaction: on PostgreSQL through the
 * driver's {@code COPY ... FROM STDIN} (one round trip, no statement to parse, plan and bind per
 * row group), elsewhere (H2) as one JDBC batch. A unique-key clash fails the statement as an
 * INSERT would, translated to Spring's {@code DuplicateKeyException}.
 */
public final class BulkInsert {

	private final String table;

	private final List<String> columns;

	private final String copy;

	private final String insert;

	/** Rows of a table's columns, in this order; values are strings, numbers, dates, date-times or null. */
	public BulkInsert(String table, String... columns) {
		this.table = table;
		this.columns = List.of(columns);
		String names = String.join(", ", columns);
		this.copy = "COPY " + table + " (" + names + ") FROM STDIN WITH (FORMAT csv)";
		this.insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)";
	}

	/** Inserts the rows (each one value per column); returns how many were inserted. */
	public long insert(JdbcTemplate template, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		return template.execute((ConnectionCallback<Long>) connection -> {
			if (connection.isWrapperFor(PGConnection.class)) {
				return copy(connection, rows);
			}
			int total = 0;
			for (int n : template.batchUpdate(insert, rows)) {
				total += Math.max(n, 0);
			}
			return (long) total;
		});
	}

	private long copy(Connection connection, List<Object[]> rows) throws SQLException {
		StringBuilder csv = new StringBuilder(rows.size() * 128);
		for (Object[] row : rows) {
			if (row.length != columns.size()) {
				throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns.size() + " columns");
			}
			for (int c = 0; c < row.length; c++) {
				if (c > 0) {
					csv.append(',');
				}
				append(csv, row[c]);
			}
			csv.append('\n');
		}
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
		}
		catch (IOException e) {
			throw new SQLException("COPY into " + table + " failed", "08006", e);
		}
	}

	/** A value in COPY's CSV: null unquoted and empty, text always quoted (so an empty text stays empty, not null). */
	private static void append(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number || value instanceof Boolean) {
			csv.append(value);
			return;
		}
		String text = value.toString();
		csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '"') {
				csv.append('"');
			}
			csv.append(ch);
		}
		csv.append('"');
	}
}

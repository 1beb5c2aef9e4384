package org.steerdesk.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small JDBC helpers that work the same on H2 and PostgreSQL. */
public final class Sql {

	private Sql() {
	}

	/** Runs an INSERT into a table with an identity column {@code id} and returns the new id. */
	public static long insert(JdbcClient jdbc, String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Escapes LIKE wildcards in a user's query and wraps it in {@code %...%}. */
	public static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}

package org.steerdesk.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo province is loaded: only with {@code steerdesk.demo} (STEERDESK_DEMO, default
 * true) on the embedded H2 database, never on PostgreSQL.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${steerdesk.demo:true}") boolean demo, DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.enabled = demo && "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
	}

	public boolean enabled() {
		return enabled;
	}

	/** The actor that loads demo data: an administrator named {@code demo}. */
	public static Actor actor() {
		return new Actor(0, "demo", "Demo", java.util.List.of(new Grant(Role.ADMIN, 0)));
	}
}

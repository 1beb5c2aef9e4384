package org.steerdesk.support;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.steerdesk.SteerdeskApplication;

/**
 * The whole application for a benchmark: on PostgreSQL when {@code -Dbench.url=jdbc:postgresql:...}
 * (its schema dropped first, the demo never loaded there), else on the embedded H2 database the
 * benchmark names; feeds never polled, warnings only, the administrator's password
 * {@link #ADMIN_PASSWORD}.
 */
public final class BenchApplication {

	public static final String ADMIN_PASSWORD = "bench-password-1";

	private BenchApplication() {
	}

	/** Whether this run measures PostgreSQL. */
	public static boolean postgres() {
		return System.getProperty("bench.url", "").startsWith("jdbc:postgresql");
	}

	/**
	 * Starts the application.
	 * @param h2Url the embedded database when the run is not on PostgreSQL
	 * @param demoOnH2 whether the demo province loads (H2 only)
	 * @param extra more arguments, e.g. {@code --server.address=127.0.0.1}
	 */
	public static ConfigurableApplicationContext start(String h2Url, boolean demoOnH2, String... extra) {
		boolean postgres = postgres();
		String url = postgres ? System.getProperty("bench.url") : h2Url;
		String user = postgres ? System.getProperty("bench.user") : "sa";
		String password = postgres ? System.getProperty("bench.password") : "";
		Flyway.configure().dataSource(new DriverManagerDataSource(url, user, password)).cleanDisabled(false).load().clean();
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--server.port=0", "--steerdesk.demo=" + (demoOnH2 && !postgres),
				"--steerdesk.media.feed-polling=false", "--steerdesk.admin-password=" + ADMIN_PASSWORD, "--logging.level.root=WARN"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(SteerdeskApplication.class).run(args.toArray(String[]::new));
	}
}

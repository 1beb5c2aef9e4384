package org.steerdesk.org;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Subtree resolution and a scoped count over 10,001 units (a province, 100 districts of 99
 * communes, 50 communes merged into a neighbour) and 1,000,000 records of a register-like table
 * with an index on (unit_id, occurred_on). Runs on H2 by default, on PostgreSQL with -Dbench.url=...
 * ({@code ./mvnw -Pbench verify}, see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScopeBenchmark {

	static final int DISTRICTS = 100;

	static final int COMMUNES = 99;

	static final int RECORDS = 1_000_000;

	SingleConnectionDataSource dataSource;

	UnitScopes scopes;

	JdbcClient jdbc;

	long province = 1;

	long district = 2;

	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		String url = System.getProperty("bench.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		String user = System.getProperty("bench.user", "sa");
		String password = System.getProperty("bench.password", "");
		Flyway.configure().dataSource(new DriverManagerDataSource(url, user, password)).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(new DriverManagerDataSource(url, user, password)).load().migrate();
		dataSource = new SingleConnectionDataSource(url, user, password, true);
		jdbc = JdbcClient.create(dataSource);
		scopes = new UnitScopes(jdbc);
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			insertUnits(c);
			insertRecords(c);
			c.commit();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("ANALYZE");
			}
		}
		// The benchmark checks itself: the province's scope holds every unit, so every 2023 record.
		long all = jdbc.sql("SELECT COUNT(*) FROM bench_records WHERE occurred_on BETWEEN ? AND ?")
			.params(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).query(Long.class).single();
		if (scopes.resolve(province).size() != 1 + DISTRICTS * (COMMUNES + 1) || count(province) != all || all < 400_000) {
			throw new IllegalStateException("Scoped count " + count(province) + " differs from " + all);
		}
		System.out.printf("%n[bench] province-year records: %d; district %d scope: %d units, %d records%n", all, district,
				scopes.resolve(district).size(), count(district));
	}

	private void insertUnits(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("""
				INSERT INTO org_units (id, code, name_vi, kind, parent_id, path, search_key, successor_id, valid_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			add(ps, 1, "P", "PROVINCE", null, "/1/", null);
			long id = 2;
			for (int d = 0; d < DISTRICTS; d++) {
				long districtId = id++;
				add(ps, districtId, "D" + d, "DISTRICT", 1L, "/1/" + districtId + "/", null);
				for (int k = 0; k < COMMUNES; k++) {
					long communeId = id++;
					// Every second district's last commune was merged into its first one.
					Long successor = (d % 2 == 0 && k == COMMUNES - 1) ? districtId + 1 : null;
					add(ps, communeId, "C" + d + "-" + k, "COMMUNE", districtId, "/1/" + districtId + "/" + communeId + "/", successor);
				}
			}
			ps.executeBatch();
		}
	}

	private static void add(PreparedStatement ps, long id, String code, String kind, Long parent, String path, Long successor)
			throws SQLException {
		ps.setLong(1, id);
		ps.setString(2, code);
		ps.setString(3, "Đơn vị " + code);
		ps.setString(4, kind);
		ps.setObject(5, parent);
		ps.setString(6, path);
		ps.setString(7, "don vi " + code.toLowerCase());
		ps.setObject(8, successor);
		ps.setObject(9, successor == null ? null : LocalDate.of(2023, 6, 30));
		ps.addBatch();
	}

	private void insertRecords(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE bench_records (id BIGINT PRIMARY KEY, unit_id BIGINT NOT NULL, occurred_on DATE NOT NULL)");
		}
		Random random = new Random(42);
		long units = 1 + DISTRICTS * (COMMUNES + 1L);
		LocalDate start = LocalDate.of(2022, 1, 1);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_records (id, unit_id, occurred_on) VALUES (?, ?, ?)")) {
			for (int i = 0; i < RECORDS; i++) {
				ps.setLong(1, i);
				ps.setLong(2, 1 + random.nextLong(units));
				ps.setObject(3, start.plusDays(random.nextInt(730)));
				ps.addBatch();
				if (i % 10_000 == 9_999) {
					ps.executeBatch();
				}
			}
			ps.executeBatch();
		}
		try (Statement s = c.createStatement()) {
			s.execute("CREATE INDEX bench_records_unit_day ON bench_records (unit_id, occurred_on)");
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		dataSource.destroy();
	}

	@Benchmark
	public Set<Long> resolveProvinceScope() {
		return scopes.resolve(province);
	}

	@Benchmark
	public Set<Long> resolveDistrictScope() {
		return scopes.resolve(district);
	}

	@Benchmark
	public boolean coversCommuneOfAnotherDistrict() {
		return scopes.covers(district, 9_000);
	}

	@Benchmark
	public long countProvinceYear() {
		return count(province);
	}

	@Benchmark
	public long countDistrictYear() {
		return count(district);
	}

	private long count(long unit) {
		Long[] ids = scopes.resolve(unit).toArray(Long[]::new);
		return jdbc.sql("SELECT COUNT(*) FROM bench_records WHERE unit_id = ANY(?) AND occurred_on BETWEEN ? AND ?")
			.params(ids, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
			.query(Long.class)
			.single();
	}

}

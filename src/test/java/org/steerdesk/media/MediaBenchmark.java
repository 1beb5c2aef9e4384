package org.steerdesk.media;

import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportProgress;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steerdesk.support.BenchApplication;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.org.UnitDraft;
import org.steerdesk.org.UnitKind;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.DemoMode;

/**
 * The media register's speed targets (issue 3), in the whole application on H2 or PostgreSQL
 * (-Dbench.url=...): 1,000,000 items over ten years, of which 2022 holds 100,000 plus 10,000 shares
 * with 1,000,000 VIEWS observations; the three media figures for the province-year; item list pages;
 * an import of 100,000 media-items rows through the pipeline, and (on PostgreSQL) COPY of the same
 * rows. Run with {@code ./mvnw -Pbench verify -Dbench.args=MediaBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MediaBenchmark {

	static final int ITEMS = 1_000_000;

	static final int SHARES_2022 = 10_000;

	static final int OBSERVATIONS = 1_000_000;

	static final int IMPORT_ROWS = 100_000;

	ConfigurableApplicationContext context;

	Figures figures;

	MediaQueries queries;

	ImportPipeline pipeline;

	DataSource dataSource;

	boolean postgres;

	String middleCursor;

	int round;

	byte[] importFile;

	String copyFile;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		postgres = BenchApplication.postgres();
		context = BenchApplication.start("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", false);
		figures = context.getBean(Figures.class);
		queries = context.getBean(MediaQueries.class);
		pipeline = context.getBean(ImportPipeline.class);
		dataSource = context.getBean(DataSource.class);
		Units units = context.getBean(Units.class);
		units.save(new UnitDraft("P", "Tỉnh", null, UnitKind.PROVINCE, null, null, null, null), DemoMode.actor(), null);
		for (int d = 0; d < 100; d++) {
			units.save(new UnitDraft("D" + d, "Huyện " + d, null, UnitKind.DISTRICT, "P", null, null, null), DemoMode.actor(), null);
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<Long> unitIds = jdbc.queryForList("SELECT id FROM org_units ORDER BY id", Long.class);
		jdbc.update("INSERT INTO media_channels (code, name, type, unit_id, search_key) VALUES ('WEB', 'Web', 'PORTAL', ?, 'web')",
				unitIds.get(0));
		jdbc.update("""
				INSERT INTO media_channels (code, name, type, platform, unit_id, search_key)
				VALUES ('FB', 'FB', 'SOCIAL_ACCOUNT', 'FACEBOOK', ?, 'fb')""", unitIds.get(0));
		long web = jdbc.queryForObject("SELECT id FROM media_channels WHERE code = 'WEB'", Long.class);
		long fb = jdbc.queryForObject("SELECT id FROM media_channels WHERE code = 'FB'", Long.class);
		Random random = new Random(7);
		String[] kinds = { "NEWS", "ARTICLE", "PHOTO", "VIDEO" };
		List<Object[]> batch = new ArrayList<>(10_000);
		for (int i = 0; i < ITEMS; i++) {
			// 10% of the items fall in 2022, the rest over 2015..2024 outside it.
			int year = i % 10 == 0 ? 2022 : 2015 + random.nextInt(9) + (random.nextInt(9) >= 7 ? 1 : 0);
			year = year == 2022 && i % 10 != 0 ? 2024 : year;
			OffsetDateTime at = LocalDateTime.of(year, 1, 1, 8, 0).plusMinutes(random.nextInt(365 * 24 * 60 - 1))
				.atZone(ProvinceTime.zone()).toOffsetDateTime();
			String title = "Tin số " + i;
			batch.add(new Object[] { "https://bench.vn/" + i, title, "tin so " + i, kinds[i % 4], at,
					at.atZoneSameInstant(ProvinceTime.zone()).toLocalDate(), web, unitIds.get(random.nextInt(unitIds.size())) });
			if (batch.size() == 10_000) {
				insertItems(jdbc, batch);
			}
		}
		insertItems(jdbc, batch);
		for (int i = 0; i < SHARES_2022; i++) {
			OffsetDateTime at = LocalDateTime.of(2022, 1, 1, 8, 0).plusMinutes(random.nextInt(364 * 24 * 60))
				.atZone(ProvinceTime.zone()).toOffsetDateTime();
			batch.add(new Object[] { "https://fb.com/bench/" + i, fb, at, at.atZoneSameInstant(ProvinceTime.zone()).toLocalDate(),
					unitIds.get(random.nextInt(unitIds.size())) });
		}
		jdbc.batchUpdate("INSERT INTO media_shares (url, channel_id, shared_at, shared_on, unit_id) VALUES (?, ?, ?, ?, ?)", batch);
		batch.clear();
		List<long[]> targets = new ArrayList<>();
		jdbc.query("SELECT id, unit_id, published_on FROM media_items WHERE published_on BETWEEN '2022-01-01' AND '2022-12-31'",
				rs -> {
					targets.add(new long[] { 'I', rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class).toEpochDay() });
				});
		jdbc.query("SELECT id, unit_id, shared_on FROM media_shares", rs -> {
			targets.add(new long[] { 'S', rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class).toEpochDay() });
		});
		int perTarget = OBSERVATIONS / targets.size();
		int written = 0;
		for (long[] target : targets) {
			for (int k = 0; k < perTarget && written < OBSERVATIONS; k++, written++) {
				OffsetDateTime at = LocalDateTime.of(2022, 1, 1, 0, 0).plusDays(k * 40L).atZone(ProvinceTime.zone()).toOffsetDateTime();
				LocalDate next = k + 1 < perTarget ? LocalDate.of(2022, 1, 1).plusDays((k + 1) * 40L) : null;
				batch.add(new Object[] { String.valueOf((char) target[0]), target[1], "VIEWS", 10L * (k + 1) + random.nextInt(10), at,
						at.atZoneSameInstant(ProvinceTime.zone()).toLocalDate(), next, target[2], LocalDate.ofEpochDay(target[3]) });
				if (batch.size() == 10_000) {
					insertMetrics(jdbc, batch);
				}
			}
		}
		insertMetrics(jdbc, batch);
		// the steady state of a used database: statistics, and on PostgreSQL the visibility map that
		// autovacuum sets after a load, which lets the figures read their indexes alone
		jdbc.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
		MediaPage first = queries.items(filter(null), DemoMode.actor());
		middleCursor = org.steerdesk.shared.PageCursor.write("2019-06-15T00:00:00Z", 500000, first.total());
		System.out.printf("%n[bench] %d items (%d in 2022), %d shares, %d observations; first page total %d%n",
				jdbc.queryForObject("SELECT COUNT(*) FROM media_items", Long.class), targets.size() - SHARES_2022, SHARES_2022,
				jdbc.queryForObject("SELECT COUNT(*) FROM media_metrics", Long.class), first.total());
	}

	private static void insertItems(JdbcTemplate jdbc, List<Object[]> batch) {
		jdbc.batchUpdate("""
				INSERT INTO media_items (url, title, title_key, kind, published_at, published_on, channel_id, unit_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", batch);
		batch.clear();
	}

	private static void insertMetrics(JdbcTemplate jdbc, List<Object[]> batch) {
		jdbc.batchUpdate("""
				INSERT INTO media_metrics (target_type, target_id, metric, metric_value, observed_at, observed_on, next_observed_on,
				target_unit_id, target_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
		batch.clear();
	}

	static MediaFilter filter(String after) {
		return new MediaFilter("P", null, null, null, null, null, null, null, after);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		context.close();
	}

	/** A fresh file of 100,000 new media-items rows for each import round. */
	@Setup(Level.Iteration)
	public void nextFile() {
		round++;
		StringBuilder csv = new StringBuilder("url,title,kind,published_at,channel_code,unit_code,themes\n");
		StringBuilder copy = new StringBuilder();
		for (int i = 0; i < IMPORT_ROWS; i++) {
			String day = LocalDate.of(2023, 1, 1).plusDays(i % 365).toString();
			csv.append("https://import.vn/").append(round).append('/').append(i).append(",Tin nhập ").append(i)
				.append(",NEWS,").append(day).append("T09:00,WEB,D").append(i % 100).append(",Du lịch\n");
			copy.append("https://copy.vn/").append(round).append('/').append(i).append(",Tin nhập ").append(i).append(",tin nhap ")
				.append(i).append(",NEWS,").append(day).append("T09:00+07,").append(day).append(",1,2,;Du lịch;\n");
		}
		importFile = csv.toString().getBytes(StandardCharsets.UTF_8);
		copyFile = copy.toString();
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	public FigureReport mediaFiguresProvinceYear() {
		return figures.compute("P", new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), DemoMode.actor(),
				Locale.ENGLISH);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	public MediaPage itemListFirstPage() {
		return queries.items(filter(null), DemoMode.actor());
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	public MediaPage itemListMiddlePage() {
		return queries.items(filter(middleCursor), DemoMode.actor());
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	public ImportResult import100kItems() {
		ImportResult result = pipeline.run("media-items", importFile, false, DemoMode.actor(), Locale.ENGLISH, ImportProgress.NONE);
		if (!result.ok() || result.created() != IMPORT_ROWS) {
			throw new IllegalStateException("Import failed: " + result.errors().stream().limit(3).toList());
		}
		return result;
	}

	/** PostgreSQL's own COPY of the same 100,000 rows, for comparison (nothing on H2). */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	public long copy100kItems() throws Exception {
		if (!postgres) {
			return 0;
		}
		try (Connection c = dataSource.getConnection()) {
			return c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					COPY media_items (url, title, title_key, kind, published_at, published_on, channel_id, unit_id, themes)
					FROM STDIN WITH (FORMAT csv)""", new StringReader(copyFile));
		}
	}
}

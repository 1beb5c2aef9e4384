package org.steerdesk.media;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steerdesk.support.BenchApplication;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportProgress;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.shared.DemoMode;

/**
 * Imports into a fresh and a used database (issue 15). With {@code database=fresh}, before every
 * round the schema is dropped and migrated anew and the application started on it, so the tables
 * have no rows and no statistics, as on the day a province starts; with {@code used}, every round
 * adds to the same tables. One round imports 100,000 media items, then 100,000 shares of them, through the pipeline (validation, upsert and audit included); the floor is PostgreSQL's
 * {@code COPY} of the same rows (shares pointing at their items) into the same fresh tables and
 * indexes, foreign keys checked. Run with
 * {@code ./mvnw -Pbench verify -Dbench.url=jdbc:postgresql://... -Dbench.args="FreshImportBenchmark -f 1 -wi 0 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FreshImportBenchmark {

	static final int ROWS = 100_000;

	/** {@code pipeline}: Steerdesk's import; {@code copy}: PostgreSQL's COPY of the same rows. */
	@Param({ "pipeline", "copy" })
	public String way;

	/** {@code fresh}: a new schema every round; {@code used}: one database, each round adding 100,000 more of each. */
	@Param({ "fresh", "used" })
	public String database;

	ConfigurableApplicationContext context;

	/** Rounds done on this database. */
	int round;

	ImportPipeline pipeline;

	DataSource dataSource;

	boolean postgres;

	byte[] items;

	byte[] shares;

	String copyItems;

	String copyShares;

	long web;

	long fb;

	long unit;

	@Setup(Level.Iteration)
	public void database() {
		if (context == null || database.equals("fresh")) {
			start();
			round = 0;
		}
		StringBuilder itemCsv = new StringBuilder("url,title,kind,published_at,channel_code,unit_code,themes\n");
		StringBuilder shareCsv = new StringBuilder("url,channel_code,shared_at,unit_code,item_url\n");
		StringBuilder itemCopy = new StringBuilder();
		StringBuilder shareCopy = new StringBuilder();
		for (int i = 0; i < ROWS; i++) {
			String day = LocalDate.of(2023, 1, 1).plusDays(i % 365).toString();
			String key = round + "-" + i;
			itemCsv.append("https://fresh.vn/").append(key).append(",Tin ").append(key).append(",NEWS,").append(day)
				.append("T09:00,WEB,D").append(i % 100).append(",Du lịch\n");
			shareCsv.append("https://facebook.com/p/").append(key).append(",FB,").append(day).append("T10:00,D").append(i % 100)
				.append(",https://fresh.vn/").append(key).append('\n');
			itemCopy.append("https://fresh.vn/").append(key).append(",Tin ").append(key).append(",tin ").append(key).append(",NEWS,")
				.append(day).append("T09:00+07,").append(day).append(',').append(web).append(',').append(unit).append(",;Du lịch;\n");
			// only COPY writes items in its runs, so they are numbered from 1 in the order read: item i of round r has id r * ROWS + i + 1 (checked below)
			shareCopy.append("https://facebook.com/p/").append(key).append(',').append(fb).append(',').append(day).append("T10:00+07,")
				.append(day).append(',').append(unit).append(',').append((long) round * ROWS + i + 1).append('\n');
		}
		items = itemCsv.toString().getBytes(StandardCharsets.UTF_8);
		shares = shareCsv.toString().getBytes(StandardCharsets.UTF_8);
		copyItems = itemCopy.toString();
		copyShares = shareCopy.toString();
	}

	private void start() {
		if (context != null) {
			context.close();
		}
		postgres = BenchApplication.postgres();
		context = BenchApplication.start("jdbc:h2:mem:freshbench;DB_CLOSE_DELAY=-1", false);
		pipeline = context.getBean(ImportPipeline.class);
		dataSource = context.getBean(DataSource.class);
		StringBuilder units = new StringBuilder("code,name_vi,kind,parent_code\nP,Tỉnh,PROVINCE,\n");
		for (int d = 0; d < 100; d++) {
			units.append('D').append(d).append(",Huyện ").append(d).append(",DISTRICT,P\n");
		}
		load("org-units", units.toString().getBytes(StandardCharsets.UTF_8), 101);
		load("media-channels", "code,name,type,platform,unit_code\nWEB,Cổng,PORTAL,,P\nFB,Fanpage,SOCIAL_ACCOUNT,FACEBOOK,P\n"
			.getBytes(StandardCharsets.UTF_8), 2);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		web = jdbc.queryForObject("SELECT id FROM media_channels WHERE code = 'WEB'", Long.class);
		fb = jdbc.queryForObject("SELECT id FROM media_channels WHERE code = 'FB'", Long.class);
		unit = jdbc.queryForObject("SELECT id FROM org_units WHERE code = 'D1'", Long.class);
	}

	@TearDown(Level.Iteration)
	public void check() {
		round++;
		if (postgres) {
			// either way, every share points at its own item
			Long linked = new JdbcTemplate(dataSource).queryForObject("""
					SELECT count(*) FROM media_shares s JOIN media_items i ON i.id = s.item_id
					WHERE substring(s.url from 24) = substring(i.url from 18)""", Long.class);
			if (linked == null || linked != (long) round * ROWS) {
				throw new IllegalStateException(way + ": " + linked + " shares point at their items");
			}
		}
	}

	@TearDown(Level.Trial)
	public void close() {
		context.close();
	}

	/** 100,000 items then 100,000 shares of them into fresh tables: the pipeline, or COPY (PostgreSQL only). */
	@Benchmark
	public long itemsThenShares() throws Exception {
		if (way.equals("copy")) {
			if (!postgres) {
				return 0;
			}
			try (Connection c = dataSource.getConnection()) {
				var copy = c.unwrap(PGConnection.class).getCopyAPI();
				return copy.copyIn("""
						COPY media_items (url, title, title_key, kind, published_at, published_on, channel_id, unit_id, themes)
						FROM STDIN WITH (FORMAT csv)""", new StringReader(copyItems))
						+ copy.copyIn("""
								COPY media_shares (url, channel_id, shared_at, shared_on, unit_id, item_id)
								FROM STDIN WITH (FORMAT csv)""", new StringReader(copyShares));
			}
		}
		return load("media-items", items, ROWS) + load("media-shares", shares, ROWS);
	}

	private long load(String register, byte[] file, int expected) {
		ImportResult result = pipeline.run(register, file, false, DemoMode.actor(), Locale.ENGLISH, ImportProgress.NONE);
		if (!result.ok() || result.created() != expected) {
			throw new IllegalStateException(register + ": " + result.errors().stream().limit(3).toList());
		}
		return result.created();
	}
}

package org.steerdesk.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.steerdesk.shared.Actor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports started from the pages in the background and keeps their progress in the database,
 * so a page polling any instance sees it. The file stays until the import is confirmed and done.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final JdbcClient jdbc;

	private final ImportPipeline pipeline;

	private final TaskExecutor executor;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, ImportPipeline pipeline, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
		this.executor = executor;
		this.json = json;
	}

	/** Stores the file and starts its dry run. */
	public String start(String register, String filename, byte[] content, Actor actor, Locale locale) {
		pipeline.target(register).orElseThrow(() -> new UnknownRegisterException(register));
		String id = UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO import_jobs (id, register, filename, username, content, dry_run, status, locale, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, TRUE, 'QUEUED', ?, ?, ?)""")
			.params(id, register, filename == null ? "" : filename, actor.username(), content, locale.toLanguageTag(), now, now)
			.update();
		launch(id, true, actor);
		return id;
	}

	/** Runs the real import of a job whose dry run passed. */
	public void confirm(String id, Actor actor) {
		ImportJob job = find(id, actor).orElseThrow(() -> new org.steerdesk.shared.NotFoundException("Import " + id));
		if (!job.dryRun() || job.status() != ImportJob.Status.DONE || job.result() == null || !job.result().ok()) {
			throw new IllegalStateException("Import " + id + " cannot be confirmed");
		}
		jdbc.sql("UPDATE import_jobs SET dry_run = FALSE, status = 'QUEUED', rows_done = 0, result = NULL, updated_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), id)
			.update();
		launch(id, false, actor);
	}

	/** A job, visible to the user who started it and to administrators. */
	public Optional<ImportJob> find(String id, Actor actor) {
		return jdbc.sql("SELECT id, register, filename, username, dry_run, status, rows_total, rows_done, result FROM import_jobs WHERE id = ?")
			.param(id)
			.query((rs, n) -> new ImportJob(rs.getString("id"), rs.getString("register"), rs.getString("filename"),
					rs.getString("username"), rs.getBoolean("dry_run"), ImportJob.Status.valueOf(rs.getString("status")),
					rs.getInt("rows_total"), rs.getInt("rows_done"),
					rs.getString("result") == null ? null : json.readValue(rs.getString("result"), ImportResult.class)))
			.optional()
			.filter(job -> job.username().equals(actor.username()) || actor.isAdmin());
	}

	private void launch(String id, boolean dryRun, Actor actor) {
		executor.execute(() -> run(id, dryRun, actor));
	}

	private void run(String id, boolean dryRun, Actor actor) {
		var row = jdbc.sql("SELECT register, content, locale FROM import_jobs WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2), rs.getString(3) })
			.single();
		update(id, "RUNNING", 0, 0, null);
		try {
			long[] last = { 0 };
			ImportResult result = pipeline.run((String) row[0], (byte[]) row[1], dryRun, actor,
					Locale.forLanguageTag((String) row[2]), (done, total) -> {
						long now = System.nanoTime();
						if (done == 0 || now - last[0] > 300_000_000L) {
							last[0] = now;
							update(id, "RUNNING", done, total, null);
						}
					});
			update(id, "DONE", result.rows(), result.rows(), json.writeValueAsString(result));
			if (!dryRun && result.ok()) {
				jdbc.sql("UPDATE import_jobs SET content = ? WHERE id = ?").params(new byte[0], id).update();
			}
		}
		catch (RuntimeException e) {
			log.error("Import {} failed", id, e);
			update(id, "FAILED", 0, 0, null);
		}
	}

	private void update(String id, String status, int done, int total, String result) {
		jdbc.sql("UPDATE import_jobs SET status = ?, rows_done = ?, rows_total = ?, result = ?, updated_at = ? WHERE id = ?")
			.params(status, done, total, result, OffsetDateTime.now(ZoneOffset.UTC), id)
			.update();
	}
}

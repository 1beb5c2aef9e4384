package org.steerdesk.imports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.RefusedRequestException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports started from the pages in the background and keeps their progress in the database,
 * so a page polling any instance sees it. A job moves through its states by conditional updates,
 * so two confirms of one job start one import. The process running a job beats a heartbeat on it;
 * a job whose heartbeat stopped (its process was stopped or killed) is marked interrupted, at
 * start-up and every half minute. The file is dropped as soon as it can no longer be imported,
 * and a checked file left unconfirmed for a day expires.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** A running job's heartbeat; a job silent for three beats is taken for interrupted. */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	static final Duration SILENT = HEARTBEAT.multipliedBy(3);

	/** How long a checked file waits for its confirmation. */
	static final Duration KEEP_UNCONFIRMED = Duration.ofDays(1);

	/** How long a finished job's record (without its file) stays visible. */
	static final Duration KEEP_RECORD = Duration.ofDays(30);

	private static final byte[] NO_FILE = new byte[0];

	/** This process, as the runner of its jobs. */
	private final String runner = UUID.randomUUID().toString();

	private final Set<String> running = ConcurrentHashMap.newKeySet();

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
		OffsetDateTime now = now();
		String name = filename == null ? "" : filename.length() > 300 ? filename.substring(0, 300) : filename;
		jdbc.sql("""
				INSERT INTO import_jobs (id, register, filename, username, content, dry_run, status, locale, created_at, updated_at, runner)
				VALUES (?, ?, ?, ?, ?, TRUE, 'QUEUED', ?, ?, ?, ?)""")
			.params(id, register, name, actor.username(), content, locale.toLanguageTag(), now, now, runner)
			.update();
		launch(id, true, actor);
		return id;
	}

	/**
	 * Runs the real import of a job whose dry run passed. Confirming a job that is already confirmed
	 * does nothing more (the second click sees the first).
	 * @throws RefusedRequestException (409) when the job cannot be confirmed: its check failed, or its file expired
	 */
	public void confirm(String id, Actor actor) {
		ImportJob job = find(id, actor).orElseThrow(() -> new NotFoundException("Import " + id));
		if (!job.dryRun()) {
			return;
		}
		if (!job.confirmable()) {
			throw new RefusedRequestException(409, "import.notConfirmable", null, null);
		}
		int taken = jdbc.sql("""
				UPDATE import_jobs SET dry_run = FALSE, status = 'QUEUED', rows_done = 0, result = NULL, updated_at = ?, runner = ?
				WHERE id = ? AND dry_run = TRUE AND status = 'DONE'""")
			.params(now(), runner, id)
			.update();
		if (taken == 1) {
			launch(id, false, actor);
		}
	}

	/** A job, visible to the user who started it and to administrators. */
	public Optional<ImportJob> find(String id, Actor actor) {
		if (id == null || id.length() > 36) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT id, register, filename, username, dry_run, status, rows_total, rows_done, result, message
				FROM import_jobs WHERE id = ?""")
			.param(id)
			.query((rs, n) -> new ImportJob(rs.getString("id"), rs.getString("register"), rs.getString("filename"),
					rs.getString("username"), rs.getBoolean("dry_run"), ImportJob.Status.valueOf(rs.getString("status")),
					rs.getInt("rows_total"), rs.getInt("rows_done"),
					rs.getString("result") == null ? null : json.readValue(rs.getString("result"), ImportResult.class),
					rs.getString("message")))
			.optional()
			.filter(job -> job.username().equals(actor.username()) || actor.isAdmin());
	}

	private void launch(String id, boolean dryRun, Actor actor) {
		running.add(id);
		try {
			executor.execute(() -> {
				try {
					run(id, dryRun, actor);
				}
				finally {
					running.remove(id);
				}
			});
		}
		catch (RuntimeException e) {
			running.remove(id);
			finish(id, "FAILED", 0, null, "import.failed", true);
			throw e;
		}
	}

	private void run(String id, boolean dryRun, Actor actor) {
		var row = jdbc.sql("SELECT register, content, locale FROM import_jobs WHERE id = ? AND status = 'QUEUED' AND runner = ?")
			.params(id, runner)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2), rs.getString(3) })
			.optional()
			.orElse(null);
		if (row == null || jdbc.sql("UPDATE import_jobs SET status = 'RUNNING', updated_at = ? WHERE id = ? AND status = 'QUEUED' AND runner = ?")
			.params(now(), id, runner)
			.update() == 0) {
			return;
		}
		try {
			long[] last = { 0 };
			ImportResult result = pipeline.run((String) row[0], (byte[]) row[1], dryRun, actor,
					Locale.forLanguageTag((String) row[2]), (done, total) -> {
						long now = System.nanoTime();
						if (done == 0 || now - last[0] > 300_000_000L) {
							last[0] = now;
							jdbc.sql("UPDATE import_jobs SET rows_done = ?, rows_total = ?, updated_at = ? WHERE id = ? AND runner = ?")
								.params(done, total, now(), id, runner)
								.update();
						}
					});
			// the file is kept only while it may still be confirmed
			finish(id, "DONE", result.rows(), json.writeValueAsString(result), null, !dryRun || !result.ok());
		}
		catch (ConcurrentImportException e) {
			finish(id, "FAILED", 0, null, "import.concurrent", true);
		}
		catch (RuntimeException e) {
			log.error("Import {} failed", id, e);
			finish(id, "FAILED", 0, null, "import.failed", true);
		}
	}

	private void finish(String id, String status, int rows, String result, String message, boolean dropFile) {
		// one statement: nobody sees the job finished with its file still held
		if (dropFile) {
			jdbc.sql("""
					UPDATE import_jobs SET status = ?, rows_done = ?, rows_total = ?, result = ?, message = ?, updated_at = ?, content = ?
					WHERE id = ? AND runner = ?""")
				.params(status, rows, rows, result, message, now(), NO_FILE, id, runner)
				.update();
			return;
		}
		jdbc.sql("""
				UPDATE import_jobs SET status = ?, rows_done = ?, rows_total = ?, result = ?, message = ?, updated_at = ?
				WHERE id = ? AND runner = ?""")
			.params(status, rows, rows, result, message, now(), id, runner)
			.update();
	}

	/** The heartbeat of this process's running jobs. */
	@Scheduled(fixedDelayString = "PT15S")
	void heartbeat() {
		for (String id : running) {
			jdbc.sql("UPDATE import_jobs SET updated_at = ? WHERE id = ? AND runner = ? AND status IN ('QUEUED', 'RUNNING')")
				.params(now(), id, runner)
				.update();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		sweep();
	}

	/**
	 * Marks interrupted the jobs whose process stopped beating, expires checked files left
	 * unconfirmed, and forgets old jobs.
	 */
	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	public void sweep() {
		OffsetDateTime now = now();
		int interrupted = jdbc.sql("""
				UPDATE import_jobs SET status = 'INTERRUPTED', message = 'import.interrupted', content = ?, updated_at = ?
				WHERE status IN ('QUEUED', 'RUNNING') AND updated_at < ? AND (runner IS NULL OR runner <> ?)""")
			.params(NO_FILE, now, now.minus(SILENT), runner)
			.update();
		if (interrupted > 0) {
			log.warn("{} import(s) left running by a stopped process marked interrupted", interrupted);
		}
		jdbc.sql("""
				UPDATE import_jobs SET status = 'EXPIRED', message = 'import.expired', content = ?, updated_at = ?
				WHERE status = 'DONE' AND dry_run = TRUE AND OCTET_LENGTH(content) > 0 AND updated_at < ?""")
			.params(NO_FILE, now, now.minus(KEEP_UNCONFIRMED))
			.update();
		jdbc.sql("DELETE FROM import_jobs WHERE status NOT IN ('QUEUED', 'RUNNING') AND updated_at < ?")
			.param(now.minus(KEEP_RECORD))
			.update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}
}

package org.steerdesk.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.SaveOutcome;

/**
 * One pipeline for every register: parse, check the header, map rows, reject duplicate keys, then
 * let the target validate and save every row in one transaction. Any error rolls the whole file
 * back; a dry run always does, so it answers exactly as the real import would.
 */
@Service
public class ImportPipeline {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportPipeline.class);

	private final Map<String, ImportTarget> targets = new LinkedHashMap<>();

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ImportLimits limits;

	/** Imports running at once on this instance: each holds its whole file and rows in memory. */
	private final Semaphore running;

	/** One reading thread per import that may run at once. */
	private final ExecutorService readers;

	ImportPipeline(List<ImportTarget> targets, PlatformTransactionManager transactionManager, AuditLog audit,
			MessageSource messages, ImportLimits limits) {
		this.limits = limits;
		this.running = new Semaphore(limits.concurrent(), true);
		AtomicInteger threads = new AtomicInteger();
		this.readers = Executors.newFixedThreadPool(limits.concurrent(), task -> {
			Thread thread = new Thread(task, "import-reader-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		targets.stream().sorted(Comparator.comparing(ImportTarget::register)).forEach(t -> this.targets.put(t.register(), t));
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.messages = messages;
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		readers.shutdownNow();
	}

	public ImportLimits limits() {
		return limits;
	}

	public List<ImportTarget> targets() {
		return List.copyOf(targets.values());
	}

	public Optional<ImportTarget> target(String register) {
		return Optional.ofNullable(targets.get(register));
	}

	/**
	 * Imports a file into a register as the actor.
	 * @param progress told the rows done of the rows to do
	 * @throws UnknownRegisterException when there is no such register
	 * @throws AccessDeniedException when the actor may not import into it
	 * @throws ImportBusyException when other imports kept this one waiting longer than {@code wait}
	 * @throws ConcurrentImportException when another import changed the same records at the same time
	 */
	public ImportResult run(String register, byte[] content, boolean dryRun, Actor actor, Locale locale,
			ImportProgress progress, Duration wait) {
		ImportTarget target = target(register).orElseThrow(() -> new UnknownRegisterException(register));
		if (!target.mayImport(actor)) {
			throw new AccessDeniedException("error.access.import");
		}
		try {
			if (!running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ImportBusyException();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImportBusyException();
		}
		try {
			return runBounded(register, target, content, dryRun, actor, locale, progress);
		}
		catch (DuplicateKeyException | PessimisticLockingFailureException | QueryTimeoutException e) {
			// two imports wrote the same keys at once: this one lost, and its transaction rolled back whole
			log.info("Import into {} lost to a concurrent import: {}", register, e.getMessage());
			throw new ConcurrentImportException(register);
		}
		finally {
			running.release();
		}
	}

	/** {@link #run} waiting as long as it takes for its turn (background jobs). */
	public ImportResult run(String register, byte[] content, boolean dryRun, Actor actor, Locale locale,
			ImportProgress progress) {
		return run(register, content, dryRun, actor, locale, progress, Duration.ofDays(1));
	}

	private ImportResult runBounded(String register, ImportTarget target, byte[] content, boolean dryRun, Actor actor,
			Locale locale, ImportProgress progress) {
		ImportReading.RowReader reader = new ImportReading.RowReader(target, content, limits);
		ImportSession session = new ImportSession(actor, progress);
		progress.report(0, 0);
		transactions.executeWithoutResult(tx -> {
			try (ImportReading.ReadAhead ahead = new ImportReading.ReadAhead(reader, session, readers)) {
				for (ImportTarget.Batch batch = ahead.next(); batch != null; batch = ahead.next()) {
					batch.apply(session);
				}
			}
			boolean clean = reader.readable() && !session.hasRejections() && reader.problems().isEmpty();
			if (clean) {
				audit.record(actor.username(), AuditAction.IMPORT, "import", register, null,
						Map.of("rows", reader.rows(), "created", session.count(SaveOutcome.CREATED),
								"updated", session.count(SaveOutcome.UPDATED),
								"unchanged", session.count(SaveOutcome.UNCHANGED)));
			}
			if (dryRun || !clean) {
				tx.setRollbackOnly();
			}
		});
		if (!reader.readable()) {
			// the file or its header is unusable: that alone is the answer, and nothing was written
			return result(register, dryRun, 0, null, reader.problems(), locale);
		}
		session.finish(reader.rows());
		List<ImportSession.Rejection> problems = new ArrayList<>(reader.problems());
		problems.addAll(session.rejections());
		return result(register, dryRun, reader.rows(), session, problems, locale);
	}

	private ImportResult result(String register, boolean dryRun, int rows, ImportSession session,
			List<ImportSession.Rejection> rejections, Locale locale) {
		List<ImportResult.RowError> errors = rejections.stream()
			.sorted(Comparator.comparingInt(ImportSession.Rejection::row))
			.map(r -> new ImportResult.RowError(r.row(), r.column(),
					messages.getMessage(r.code(), r.args().stream()
						.map(a -> a instanceof AllowedValues allowed ? allowed.render(messages, locale) : a)
						.toArray(), r.code(), locale)))
			.toList();
		if (session == null || !errors.isEmpty()) {
			return new ImportResult(register, dryRun, rows, 0, 0, 0, errors);
		}
		return new ImportResult(register, dryRun, rows, session.count(SaveOutcome.CREATED),
				session.count(SaveOutcome.UPDATED), session.count(SaveOutcome.UNCHANGED), errors);
	}
}

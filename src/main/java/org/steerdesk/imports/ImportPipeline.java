package org.steerdesk.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import org.steerdesk.shared.VietnameseText;

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
		RowReader reader = new RowReader(target, content, limits);
		ImportSession session = new ImportSession(actor, progress);
		progress.report(0, 0);
		transactions.executeWithoutResult(tx -> {
			try (ReadAhead ahead = new ReadAhead(reader, session, readers)) {
				for (ImportTarget.Batch batch = ahead.next(); batch != null; batch = ahead.next()) {
					batch.apply(session);
				}
			}
			boolean clean = reader.readable() && !session.hasRejections() && reader.problems.isEmpty();
			if (clean) {
				audit.record(actor.username(), AuditAction.IMPORT, "import", register, null,
						Map.of("rows", reader.rows, "created", session.count(SaveOutcome.CREATED),
								"updated", session.count(SaveOutcome.UPDATED),
								"unchanged", session.count(SaveOutcome.UNCHANGED)));
			}
			if (dryRun || !clean) {
				tx.setRollbackOnly();
			}
		});
		if (!reader.readable()) {
			// the file or its header is unusable: that alone is the answer, and nothing was written
			return result(register, dryRun, 0, null, reader.problems, locale);
		}
		session.finish(reader.rows);
		List<ImportSession.Rejection> problems = new ArrayList<>(reader.problems);
		problems.addAll(session.rejections());
		return result(register, dryRun, reader.rows, session, problems, locale);
	}

	/**
	 * The file's header as the target's column names (null for an empty heading cell), or null when
	 * the file has no usable header: nothing of it can then be read.
	 */
	private static List<String> header(ImportTarget target, ImportFile.Row first, List<ImportSession.Rejection> problems) {
		if (first == null || first.number() != 1 || first.cells().stream().allMatch(c -> c == null || c.isBlank())) {
			problems.add(new ImportSession.Rejection(1, "", "import.noHeader", List.of()));
			return null;
		}
		Map<String, ImportColumn> known = new HashMap<>();
		target.columns().forEach(c -> known.put(c.name(), c));
		List<String> header = new ArrayList<>();
		for (String cell : first.cells()) {
			String name = cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				header.add(null);
				continue;
			}
			if (!known.containsKey(name)) {
				String shown = VietnameseText.hasControlCharacter(cell) ? "?" : cell.strip();
				problems.add(new ImportSession.Rejection(1, shown, "import.unknownColumn",
						List.of(shown, String.join(", ", known.keySet().stream().sorted().toList()))));
			}
			else if (header.contains(name)) {
				problems.add(new ImportSession.Rejection(1, name, "import.repeatedColumn", List.of(name)));
			}
			header.add(name);
		}
		for (ImportColumn column : target.columns()) {
			if (column.required() && !header.contains(column.name())) {
				problems.add(new ImportSession.Rejection(1, column.name(), "import.missingColumn", List.of(column.name())));
			}
		}
		return problems.isEmpty() ? header : null;
	}

	/**
	 * Reads the file as it is parsed: checks its header, turns its data lines into rows (cells
	 * under their column, NFC, exported formula guards taken off), rejects cells without a column,
	 * missing required cells and repeated keys, and hands the target chunks of the rows that passed
	 * to read. Runs on a reading thread: it touches no database, and what it found is read by the
	 * import's thread only after the last chunk.
	 */
	private static final class RowReader {

		private final ImportTarget target;

		private final byte[] content;

		private final ImportLimits limits;

		private final List<ImportSession.Rejection> problems = new ArrayList<>();

		private final Map<String, Integer> firstRow = new HashMap<>();

		private List<String> header;

		private boolean refused;

		private List<ImportRow> chunk = new ArrayList<>();

		/** The data rows that had a value. */
		private int rows;

		RowReader(ImportTarget target, byte[] content, ImportLimits limits) {
			this.target = target;
			this.content = content;
			this.limits = limits;
		}

		/** Whether the file and its header could be read (else {@link #problems} says why, and nothing else counts). */
		boolean readable() {
			return header != null && !refused;
		}

		void read(ImportSession session, Consumer<ImportTarget.Batch> out) {
			try {
				ImportFile.read(content, limits, lines -> session.expect(Math.max(0, lines - 1)), line -> {
					if (refused) {
						return;
					}
					if (header == null) {
						header = header(target, line, problems);
						refused = header == null;
						return;
					}
					accept(line, out);
				});
			}
			catch (ImportFile.Refused e) {
				problems.clear();
				problems.add(new ImportSession.Rejection(e.row, e.column, e.code, e.args));
				refused = true;
				return;
			}
			if (header == null && !refused) {
				header(target, null, problems);
				refused = true;
			}
			if (!refused && !chunk.isEmpty()) {
				out.accept(target.read(chunk));
			}
		}

		private void accept(ImportFile.Row line, Consumer<ImportTarget.Batch> out) {
			int before = problems.size();
			ImportRow row = row(line);
			if (row == null) {
				return;
			}
			rows++;
			check(row);
			if (problems.size() == before) {
				chunk.add(row);
			}
			if (chunk.size() >= target.chunkRows()) {
				out.accept(target.read(chunk));
				chunk = new ArrayList<>();
			}
		}

		/** The line's values under their columns, or null when it has none; stray and control-character cells are problems. */
		private ImportRow row(ImportFile.Row line) {
			List<String> cells = line.cells();
			Map<String, String> values = new HashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				String raw = cells.get(c);
				if (raw == null) {
					continue;
				}
				if (c >= header.size() || header.get(c) == null) {
					if (!raw.isBlank()) {
						problems.add(new ImportSession.Rejection(line.number(), ImportFile.column(c), "import.cellWithoutColumn",
								List.of(c + 1)));
					}
					continue;
				}
				if (VietnameseText.hasControlCharacter(raw)) {
					problems.add(new ImportSession.Rejection(line.number(), header.get(c), "validation.controlCharacter", List.of()));
					continue;
				}
				String value = VietnameseText.nfc(ExchangeFiles.restore(raw));
				if (value != null) {
					values.put(header.get(c), value);
				}
			}
			return values.isEmpty() ? null : new ImportRow(line.number(), values);
		}

		/** Notes a problem for each missing required cell and for a key an earlier row had. */
		private void check(ImportRow row) {
			for (ImportColumn column : target.columns()) {
				if (column.required() && row.text(column.name()) == null && header.contains(column.name())) {
					problems.add(new ImportSession.Rejection(row.number(), column.name(), "validation.required", List.of()));
				}
			}
			Integer first = firstRow.putIfAbsent(target.keyOf(row), row.number());
			if (first != null) {
				problems.add(new ImportSession.Rejection(row.number(), String.join(", ", target.key()), "import.duplicateKey",
						List.of(first, row.number())));
			}
		}
	}

	/**
	 * Reads the file's chunks on a reading thread, at most two ahead of the import's thread, which
	 * saves them in its transaction: reading and validating the next thousand rows overlaps with
	 * the database writing the previous thousand. Closing it stops the reader.
	 */
	private static final class ReadAhead implements AutoCloseable {

		private static final Object END = new Object();

		private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);

		private final Future<?> task;

		ReadAhead(RowReader reader, ImportSession session, ExecutorService readers) {
			this.task = readers.submit(() -> {
				try {
					reader.read(session, this::put);
					put(END);
				}
				catch (RuntimeException | Error e) {
					put(e);
				}
			});
		}

		private void put(Object next) {
			try {
				queue.put(next);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException();
			}
		}

		/** The next chunk, or null after the last. */
		ImportTarget.Batch next() {
			Object next;
			try {
				next = queue.take();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Import interrupted", e);
			}
			if (next == END) {
				return null;
			}
			if (next instanceof RuntimeException e) {
				throw e;
			}
			if (next instanceof Error e) {
				throw e;
			}
			return (ImportTarget.Batch) next;
		}

		@Override
		public void close() {
			task.cancel(true);
			queue.clear();
		}
	}

	private ImportResult result(String register, boolean dryRun, int rows, ImportSession session,
			List<ImportSession.Rejection> rejections, Locale locale) {
		List<ImportResult.RowError> errors = rejections.stream()
			.sorted(Comparator.comparingInt(ImportSession.Rejection::row))
			.map(r -> new ImportResult.RowError(r.row(), r.column(),
					messages.getMessage(r.code(), r.args().toArray(), r.code(), locale)))
			.toList();
		if (session == null || !errors.isEmpty()) {
			return new ImportResult(register, dryRun, rows, 0, 0, 0, errors);
		}
		return new ImportResult(register, dryRun, rows, session.count(SaveOutcome.CREATED),
				session.count(SaveOutcome.UPDATED), session.count(SaveOutcome.UNCHANGED), errors);
	}
}

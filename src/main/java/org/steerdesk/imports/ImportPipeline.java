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
import java.util.concurrent.Semaphore;
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

	ImportPipeline(List<ImportTarget> targets, PlatformTransactionManager transactionManager, AuditLog audit,
			MessageSource messages, ImportLimits limits) {
		this.limits = limits;
		this.running = new Semaphore(limits.concurrent(), true);
		targets.stream().sorted(Comparator.comparing(ImportTarget::register)).forEach(t -> this.targets.put(t.register(), t));
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.messages = messages;
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
		List<ImportSession.Rejection> problems = new ArrayList<>();
		List<ImportRow> rows = new ArrayList<>();
		boolean headerOk = parse(target, content, rows, problems);
		if (!headerOk) {
			return result(register, dryRun, rows.size(), null, problems, locale);
		}
		rejectDuplicateKeys(target, rows, problems);
		java.util.Set<Integer> failed = new java.util.HashSet<>();
		problems.forEach(p -> failed.add(p.row()));
		List<ImportRow> checked = rows.stream().filter(r -> !failed.contains(r.number())).toList();
		ImportSession session = new ImportSession(actor, progress, checked.size());
		progress.report(0, checked.size());
		transactions.executeWithoutResult(tx -> {
			target.apply(checked, session);
			if (!session.hasRejections() && problems.isEmpty()) {
				audit.record(actor.username(), AuditAction.IMPORT, "import", register, null,
						Map.of("rows", rows.size(), "created", session.count(SaveOutcome.CREATED),
								"updated", session.count(SaveOutcome.UPDATED),
								"unchanged", session.count(SaveOutcome.UNCHANGED)));
			}
			if (dryRun || session.hasRejections() || !problems.isEmpty()) {
				tx.setRollbackOnly();
			}
		});
		problems.addAll(session.rejections());
		return result(register, dryRun, rows.size(), session, problems, locale);
	}

	/**
	 * Reads the file into rows, checking its bounds, the header and each row's required cells.
	 * Returns false when the file or its header is unusable, so that no row can be read.
	 */
	private boolean parse(ImportTarget target, byte[] content, List<ImportRow> rows, List<ImportSession.Rejection> problems) {
		List<ImportFile.Row> table;
		try {
			table = ImportFile.read(content, limits);
		}
		catch (ImportFile.Refused e) {
			problems.add(new ImportSession.Rejection(e.row, e.column, e.code, e.args));
			return false;
		}
		if (table.isEmpty() || table.get(0).number() != 1 || table.get(0).cells().stream().allMatch(c -> c == null || c.isBlank())) {
			problems.add(new ImportSession.Rejection(1, "", "import.noHeader", List.of()));
			return false;
		}
		Map<String, ImportColumn> known = new HashMap<>();
		target.columns().forEach(c -> known.put(c.name(), c));
		List<String> header = new ArrayList<>();
		for (String cell : table.get(0).cells()) {
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
		if (!problems.isEmpty()) {
			return false;
		}
		for (ImportFile.Row line : table.subList(1, table.size())) {
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
			if (values.isEmpty()) {
				continue;
			}
			ImportRow row = new ImportRow(line.number(), values);
			for (ImportColumn column : target.columns()) {
				if (column.required() && row.text(column.name()) == null && header.contains(column.name())) {
					problems.add(new ImportSession.Rejection(row.number(), column.name(), "validation.required", List.of()));
				}
			}
			rows.add(row);
		}
		return true;
	}

	private void rejectDuplicateKeys(ImportTarget target, List<ImportRow> rows, List<ImportSession.Rejection> problems) {
		Map<String, Integer> firstRow = new HashMap<>();
		for (ImportRow row : rows) {
			Integer first = firstRow.putIfAbsent(target.keyOf(row), row.number());
			if (first != null) {
				problems.add(new ImportSession.Rejection(row.number(), String.join(", ", target.key()),
						"import.duplicateKey", List.of(first, row.number())));
			}
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

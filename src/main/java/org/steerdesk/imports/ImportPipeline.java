package org.steerdesk.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
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

	private final Map<String, ImportTarget> targets = new LinkedHashMap<>();

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final MessageSource messages;

	ImportPipeline(List<ImportTarget> targets, PlatformTransactionManager transactionManager, AuditLog audit,
			MessageSource messages) {
		targets.stream().sorted(Comparator.comparing(ImportTarget::register)).forEach(t -> this.targets.put(t.register(), t));
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.messages = messages;
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
	 */
	public ImportResult run(String register, byte[] content, boolean dryRun, Actor actor, Locale locale,
			ImportProgress progress) {
		ImportTarget target = target(register).orElseThrow(() -> new UnknownRegisterException(register));
		if (!target.mayImport(actor)) {
			throw new AccessDeniedException("error.access.import");
		}
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
	 * Reads the file into rows, checking the header and each row's required cells. Returns false
	 * when the file or its header is unusable, so that no row can be read.
	 */
	private boolean parse(ImportTarget target, byte[] content, List<ImportRow> rows, List<ImportSession.Rejection> problems) {
		List<List<String>> table;
		try {
			table = ImportFile.read(content);
		}
		catch (IOException e) {
			problems.add(new ImportSession.Rejection(1, "", "import.unreadable", List.of()));
			return false;
		}
		if (table.isEmpty() || table.get(0).stream().allMatch(c -> c == null || c.isBlank())) {
			problems.add(new ImportSession.Rejection(1, "", "import.noHeader", List.of()));
			return false;
		}
		Map<String, ImportColumn> known = new HashMap<>();
		target.columns().forEach(c -> known.put(c.name(), c));
		List<String> header = new ArrayList<>();
		for (String cell : table.get(0)) {
			String name = cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				header.add(null);
				continue;
			}
			if (!known.containsKey(name)) {
				problems.add(new ImportSession.Rejection(1, cell.strip(), "import.unknownColumn",
						List.of(cell.strip(), String.join(", ", known.keySet().stream().sorted().toList()))));
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
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			Map<String, String> values = new HashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				String value = VietnameseText.nfc(cells.get(c));
				if (value == null) {
					continue;
				}
				if (c >= header.size() || header.get(c) == null) {
					problems.add(new ImportSession.Rejection(i + 1, "", "import.cellWithoutColumn", List.of(c + 1)));
					continue;
				}
				values.put(header.get(c), value);
			}
			if (values.isEmpty()) {
				continue;
			}
			ImportRow row = new ImportRow(i + 1, values);
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

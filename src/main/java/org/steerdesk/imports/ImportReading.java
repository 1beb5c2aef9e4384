package org.steerdesk.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.steerdesk.shared.VietnameseText;

/**
 * How the pipeline reads a file ahead of its writing: {@link RowReader} checks the header and turns
 * lines into rows and chunks, {@link ReadAhead} runs it on a reading thread a few chunks ahead of
 * the import's thread.
 */
final class ImportReading {

	private ImportReading() {
	}

	/**
	 * The file's header as the target's column names (null for an empty heading cell), or null when
	 * the file has no usable header: nothing of it can then be read.
	 */
	static List<String> header(ImportTarget target, ImportFile.Row first, List<ImportSession.Rejection> problems) {
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
	static final class RowReader {

		private final ImportTarget target;

		private final byte[] content;

		private final ImportLimits limits;

		private final List<ImportSession.Rejection> problems = new ArrayList<>();

		/** What was wrong with the file or its rows (read after the last chunk). */
		List<ImportSession.Rejection> problems() {
			return problems;
		}

		/** The data rows that had a value (read after the last chunk). */
		int rows() {
			return rows;
		}

		private final Map<String, Integer> firstRow = new HashMap<>();

		/** The required columns (a header that lacks one is refused before any row is read). */
		private final List<String> required;

		private List<String> header;

		private boolean refused;

		private List<ImportRow> chunk = new ArrayList<>();

		/** The data rows that had a value. */
		private int rows;

		RowReader(ImportTarget target, byte[] content, ImportLimits limits) {
			this.target = target;
			this.content = content;
			this.limits = limits;
			this.required = target.columns().stream().filter(ImportColumn::required).map(ImportColumn::name).toList();
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
			for (String column : required) {
				if (row.text(column) == null) {
					problems.add(new ImportSession.Rejection(row.number(), column, "validation.required", List.of()));
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
	static final class ReadAhead implements AutoCloseable {

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
}

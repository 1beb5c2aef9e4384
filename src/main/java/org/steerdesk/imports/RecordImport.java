package org.steerdesk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.SaveResult;
import org.steerdesk.shared.Violations;

/**
 * A register's import, declared: its columns, its key, who may import, how a row reads into a
 * draft (its row rule) and how drafts are saved, one by one through the register's service or a
 * batch at a time. Reading touches no database, so the pipeline reads the next chunk while the
 * previous one is being written.
 * <pre>
 * RecordImport.of("people", PersonDraft.class)
 *     .columns(required("code"), required("full_name"), optional("position"), required("unit_code"))
 *     .key("code")
 *     .allowedIf(actor -&gt; access.mayAnywhere(actor, Permission.EDIT_RECORDS))
 *     .reader((row, v) -&gt; new PersonDraft(row.text("code"), ...))
 *     .each((draft, actor) -&gt; people.save(draft, actor, null));
 * </pre>
 * @param <D> the register's draft type
 */
public final class RecordImport<D> implements ImportTarget {

	/** How many rows one chunk reads and saves. */
	public static final int CHUNK = 5000;

	/** Reads a row into a draft, adding format violations; pure (no database, no shared state). */
	public interface Reader<D> {
		D read(ImportRow row, Violations violations);
	}

	/** Saves one draft as the actor, through the register's service (its validation and scope checks apply). */
	public interface Saver<D> {
		SaveOutcome save(D draft, Actor actor);
	}

	/** Saves a batch of drafts, returning one result per draft in their order. */
	public interface BatchSaver<D> {
		List<SaveResult> save(List<D> drafts, ImportSession session);
	}

	private final String register;

	private final List<ImportColumn> columns;

	private final List<String> key;

	private final Function<ImportRow, String> keyOf;

	private final Predicate<Actor> mayImport;

	private final Reader<D> reader;

	private final BatchSaver<D> saver;

	private final int chunkRows;

	private RecordImport(Builder<D> b, BatchSaver<D> saver) {
		this.register = Objects.requireNonNull(b.register);
		this.columns = List.copyOf(b.columns);
		this.key = List.copyOf(b.key);
		this.keyOf = b.keyOf;
		this.mayImport = Objects.requireNonNull(b.mayImport, "allowedIf");
		this.reader = Objects.requireNonNull(b.reader, "reader");
		this.saver = saver;
		this.chunkRows = b.wholeFile ? Integer.MAX_VALUE : CHUNK;
		if (key.isEmpty() || !columns.stream().map(ImportColumn::name).toList().containsAll(key)) {
			throw new IllegalArgumentException(register + ": the key must be among the columns");
		}
	}

	/** Starts the declaration of a register's import. */
	public static <D> Builder<D> of(String register, Class<D> draft) {
		return new Builder<>(register);
	}

	@Override
	public String register() {
		return register;
	}

	@Override
	public List<ImportColumn> columns() {
		return columns;
	}

	@Override
	public List<String> key() {
		return key;
	}

	@Override
	public String keyOf(ImportRow row) {
		return keyOf == null ? ImportTarget.super.keyOf(row) : keyOf.apply(row);
	}

	@Override
	public boolean mayImport(Actor actor) {
		return mayImport.test(actor);
	}

	@Override
	public int chunkRows() {
		return chunkRows;
	}

	@Override
	public Batch read(List<ImportRow> rows) {
		List<ImportRow> read = new ArrayList<>(rows.size());
		List<D> drafts = new ArrayList<>(rows.size());
		List<ImportRow> refused = new ArrayList<>();
		List<Violations> reasons = new ArrayList<>();
		for (ImportRow row : rows) {
			Violations violations = new Violations();
			D draft = reader.read(row, violations);
			if (violations.isEmpty()) {
				read.add(row);
				drafts.add(draft);
			}
			else {
				refused.add(row);
				reasons.add(violations);
			}
		}
		return session -> {
			for (int i = 0; i < refused.size(); i++) {
				session.reject(refused.get(i), reasons.get(i));
			}
			if (drafts.isEmpty()) {
				return;
			}
			List<SaveResult> results = saver.save(drafts, session);
			for (int i = 0; i < results.size(); i++) {
				SaveResult result = results.get(i);
				if (result.ok()) {
					session.saved(result.outcome());
				}
				else {
					session.reject(read.get(i), result.violations());
				}
			}
		};
	}

	/** The declaration of a register's import. */
	public static final class Builder<D> {

		private final String register;

		private List<ImportColumn> columns = List.of();

		private List<String> key = List.of();

		private Function<ImportRow, String> keyOf;

		private Predicate<Actor> mayImport;

		private Reader<D> reader;

		private boolean wholeFile;

		private Builder(String register) {
			this.register = register;
		}

		/** The exchange format's columns, in the spec's order. */
		public Builder<D> columns(ImportColumn... columns) {
			this.columns = List.of(columns);
			return this;
		}

		/** The key columns (🔑). */
		public Builder<D> key(String... key) {
			this.key = List.of(key);
			return this;
		}

		/** How the register compares keys, when not by the key cells as written (e.g. a normalised URL). */
		public Builder<D> keyOf(Function<ImportRow, String> keyOf) {
			this.keyOf = keyOf;
			return this;
		}

		/** Who may import into the register at all (each row is still checked by the register). */
		public Builder<D> allowedIf(Predicate<Actor> mayImport) {
			this.mayImport = mayImport;
			return this;
		}

		/** The row rule: how a row reads into a draft. */
		public Builder<D> reader(Reader<D> reader) {
			this.reader = reader;
			return this;
		}

		/** The whole file is saved as one batch (rows may refer to rows further down, e.g. a parent unit). */
		public Builder<D> wholeFile() {
			this.wholeFile = true;
			return this;
		}

		/** Saves draft by draft through the register's service; a refused draft rejects its row. */
		public RecordImport<D> each(Saver<D> saver) {
			return new RecordImport<>(this, (drafts, session) -> {
				List<SaveResult> results = new ArrayList<>(drafts.size());
				for (D draft : drafts) {
					try {
						results.add(SaveResult.saved(saver.save(draft, session.actor())));
					}
					catch (InvalidRecordException e) {
						results.add(SaveResult.refused(e.violations()));
					}
				}
				return results;
			});
		}

		/** Saves a chunk of drafts at a time (bulk registers). */
		public RecordImport<D> batches(BatchSaver<D> saver) {
			return new RecordImport<>(this, saver);
		}
	}
}

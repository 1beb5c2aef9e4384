package org.steerdesk.imports;

import java.util.List;
import java.util.function.Predicate;

import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/**
 * An {@link ImportTarget} for a register whose rows are independent: each row is read into a
 * draft (format violations reject it) and saved through the register's own service, whose
 * validation and scope checks apply unchanged.
 * @param <D> the register's draft type
 */
public final class RowImportTarget<D> implements ImportTarget {

	/** Reads a row into a draft, adding format violations. */
	public interface Reader<D> {
		D read(ImportRow row, Violations violations);
	}

	/** Saves a draft as the actor. */
	public interface Saver<D> {
		SaveOutcome save(D draft, Actor actor);
	}

	private final String register;

	private final List<ImportColumn> columns;

	private final List<String> key;

	private final Predicate<Actor> mayImport;

	private final Reader<D> reader;

	private final Saver<D> saver;

	public RowImportTarget(String register, List<ImportColumn> columns, List<String> key, Predicate<Actor> mayImport,
			Reader<D> reader, Saver<D> saver) {
		this.register = register;
		this.columns = columns;
		this.key = key;
		this.mayImport = mayImport;
		this.reader = reader;
		this.saver = saver;
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
	public boolean mayImport(Actor actor) {
		return mayImport.test(actor);
	}

	@Override
	public void apply(List<ImportRow> rows, ImportSession session) {
		for (ImportRow row : rows) {
			Violations violations = new Violations();
			D draft = reader.read(row, violations);
			if (!violations.isEmpty()) {
				session.reject(row, violations);
				continue;
			}
			try {
				session.saved(saver.save(draft, session.actor()));
			}
			catch (InvalidRecordException e) {
				session.reject(row, e.violations());
			}
		}
	}
}

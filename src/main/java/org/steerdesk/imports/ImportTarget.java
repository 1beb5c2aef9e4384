package org.steerdesk.imports;

import java.util.List;

import org.steerdesk.shared.Actor;

/**
 * A register that accepts files through the import pipeline; registers declare one with
 * {@link RecordImport}. The pipeline checks the header, drops empty rows and rejects duplicate
 * keys; the target reads each chunk of rows (without the database, on the pipeline's reading
 * thread) and then validates and saves it inside the pipeline's transaction, reporting to the
 * session. The pipeline rolls everything back when any row is rejected or the run is a dry run.
 */
public interface ImportTarget {

	/** The register's name in URLs and the spec, e.g. {@code org-units}. */
	String register();

	/** The exchange format's columns, in the spec's order. */
	List<ImportColumn> columns();

	/** The key columns (🔑) that identify a row's record. */
	List<String> key();

	/**
	 * The key of a row as the register compares keys (for example a normalised URL); by default
	 * the key columns' values.
	 */
	default String keyOf(ImportRow row) {
		StringBuilder key = new StringBuilder();
		for (String column : key()) {
			key.append(row.text(column)).append('\u0000');
		}
		return key.toString();
	}

	/** Whether the actor may import into this register at all (rows are still checked one by one). */
	boolean mayImport(Actor actor);

	/** How many rows the pipeline hands {@link #read} at a time. */
	int chunkRows();

	/** Reads a chunk of rows into a batch; touches no database and no shared state. */
	Batch read(List<ImportRow> rows);

	/** A chunk of rows read and ready to be saved. */
	interface Batch {

		/** Validates and saves the chunk in the import's transaction, reporting each row to the session. */
		void apply(ImportSession session);
	}
}

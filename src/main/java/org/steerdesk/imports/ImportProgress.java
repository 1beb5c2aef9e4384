package org.steerdesk.imports;

/** Told how far an import has come: rows done of the file's data rows. */
@FunctionalInterface
public interface ImportProgress {

	/** For callers that show no progress. */
	ImportProgress NONE = (done, total) -> {
	};

	void report(int done, int total);
}

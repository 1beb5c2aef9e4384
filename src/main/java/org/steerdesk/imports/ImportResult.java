package org.steerdesk.imports;

import java.util.List;

/** The outcome of an import or dry run, as the API returns it. */
public record ImportResult(String register, boolean dryRun, int rows, int created, int updated, int unchanged,
		List<RowError> errors) {

	/** An error at a row (the header is row 1) and column, with its message in the user's language. */
	public record RowError(int row, String column, String message) {
	}

	public boolean ok() {
		return errors.isEmpty();
	}
}

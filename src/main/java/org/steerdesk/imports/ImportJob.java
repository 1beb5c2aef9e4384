package org.steerdesk.imports;

/**
 * An uploaded file on its way in: first a dry run, then (when the user confirms) the import.
 * {@code result} is set when the current step is done.
 */
public record ImportJob(String id, String register, String filename, String username, boolean dryRun, Status status,
		int rowsTotal, int rowsDone, ImportResult result) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	/** Percent of rows done, for the progress bar. */
	public int percent() {
		return rowsTotal == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, rowsDone * 100 / rowsTotal);
	}

	public boolean finished() {
		return status == Status.DONE || status == Status.FAILED;
	}
}

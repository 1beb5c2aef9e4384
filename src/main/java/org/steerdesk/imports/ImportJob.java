package org.steerdesk.imports;

/**
 * An uploaded file on its way in: first a dry run, then (when the user confirms) the import.
 * {@code result} is set when the current step is done; {@code message} (a message key) says why a
 * job failed, was interrupted or expired.
 */
public record ImportJob(String id, String register, String filename, String username, boolean dryRun, Status status,
		int rowsTotal, int rowsDone, ImportResult result, String message) {

	/**
	 * QUEUED → RUNNING → DONE or FAILED; a job whose process stopped is INTERRUPTED; a checked file
	 * left unconfirmed past the retention period is EXPIRED (its file is gone).
	 */
	public enum Status {
		QUEUED, RUNNING, DONE, FAILED, INTERRUPTED, EXPIRED
	}

	/** Percent of rows done, for the progress bar. */
	public int percent() {
		return rowsTotal == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, rowsDone * 100 / rowsTotal);
	}

	public boolean finished() {
		return status != Status.QUEUED && status != Status.RUNNING;
	}

	/** Whether the user can still confirm the import: a dry run that passed and whose file is kept. */
	public boolean confirmable() {
		return dryRun && status == Status.DONE && result != null && result.ok();
	}
}

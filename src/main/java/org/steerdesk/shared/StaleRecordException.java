package org.steerdesk.shared;

/** Someone else saved the record since this edit began; the edit is refused, not merged. */
public class StaleRecordException extends RuntimeException {

	public StaleRecordException(String record) {
		super("Stale edit of " + record);
	}
}

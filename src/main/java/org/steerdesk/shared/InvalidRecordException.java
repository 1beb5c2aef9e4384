package org.steerdesk.shared;

/** A record failed validation; nothing was written. */
public class InvalidRecordException extends RuntimeException {

	private final transient Violations violations;

	public InvalidRecordException(Violations violations) {
		super("Invalid record: " + violations.list());
		this.violations = violations;
	}

	public Violations violations() {
		return violations;
	}
}

package org.steerdesk.shared;

/** What saving one draft of a batch did: its outcome, or the violations that kept it out. */
public record SaveResult(SaveOutcome outcome, Violations violations) {

	public static SaveResult saved(SaveOutcome outcome) {
		return new SaveResult(outcome, null);
	}

	public static SaveResult refused(Violations violations) {
		return new SaveResult(null, violations);
	}

	public boolean ok() {
		return violations == null;
	}
}

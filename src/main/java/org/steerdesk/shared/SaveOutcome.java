package org.steerdesk.shared;

/** What saving a record by its key did: imports count these. */
public enum SaveOutcome {
	CREATED, UPDATED, UNCHANGED
}

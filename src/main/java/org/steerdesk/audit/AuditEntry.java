package org.steerdesk.audit;

import java.time.Instant;

/** One line of the change log; states are JSON text. */
public record AuditEntry(long id, Instant at, String username, AuditAction action, String recordType,
		String recordKey, String before, String after) {
}

package org.steerdesk.audit;

import java.time.Instant;

/** Criteria of the audit page; every part may be empty. Paged by id, newest first. */
public record AuditFilter(String username, String recordType, String recordKey, Instant from, Instant to,
		Long beforeId) {
}

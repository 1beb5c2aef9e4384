package org.steerdesk.audit;

/** What happened to a record. */
public enum AuditAction {
	CREATE, UPDATE, CLOSE, IMPORT, DELETE, LOGIN_LOCKED, ISSUE
}

package org.steerdesk.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the change log. Writes join the caller's transaction, so a change and its log
 * line are committed (or rolled back) together.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records a change. {@code before} is null for a creation, {@code after} for a deletion.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String username, AuditAction action, String recordType, String recordKey,
			Map<String, ?> before, Map<String, ?> after) {
		insert(username, action, recordType, recordKey, before, after);
	}

	/** Records an event that is not part of a record change (for example a locked account). */
	@Transactional
	public void recordEvent(String username, AuditAction action, String recordType, String recordKey) {
		insert(username, action, recordType, recordKey, null, null);
	}

	private void insert(String username, AuditAction action, String recordType, String recordKey,
			Map<String, ?> before, Map<String, ?> after) {
		jdbc.sql("""
				INSERT INTO audit_log (at, username, action, record_type, record_key, before_state, after_state)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(ZoneOffset.UTC), username, action.name(), recordType, recordKey,
					before == null ? null : json.writeValueAsString(before),
					after == null ? null : json.writeValueAsString(after))
			.update();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditFilter filter, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1=1");
		List<Object> params = new ArrayList<>();
		if (filter.username() != null && !filter.username().isBlank()) {
			sql.append(" AND username = ?");
			params.add(filter.username().strip());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			sql.append(" AND record_type = ?");
			params.add(filter.recordType().strip());
		}
		if (filter.recordKey() != null && !filter.recordKey().isBlank()) {
			sql.append(" AND record_key = ?");
			params.add(filter.recordKey().strip());
		}
		if (filter.from() != null) {
			sql.append(" AND at >= ?");
			params.add(filter.from().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			sql.append(" AND at < ?");
			params.add(filter.to().atOffset(ZoneOffset.UTC));
		}
		if (filter.beforeId() != null) {
			sql.append(" AND id < ?");
			params.add(filter.beforeId());
		}
		sql.append(" ORDER BY id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(rs.getLong("id"),
				rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("username"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
				rs.getString("record_key"), rs.getString("before_state"), rs.getString("after_state")))
			.list();
	}

	/** Distinct record types, for the filter. */
	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return jdbc.sql("SELECT DISTINCT record_type FROM audit_log ORDER BY record_type").query(String.class).list();
	}

}

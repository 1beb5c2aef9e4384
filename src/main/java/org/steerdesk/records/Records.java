package org.steerdesk.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.StaleRecordException;

/**
 * Writes a register's records by their key: inserts a new one, or updates an existing one under
 * the version check (an edit made on a version another edit has since replaced is refused), leaves
 * an unchanged one alone, and logs every change with its before and after in the caller's
 * transaction.
 */
@Service
public class Records {

	/** A record as stored: its id, version and values by column. */
	public record Stored(long id, int version, Map<String, Object> values) {

		/** A number column's value (e.g. the record's unit). */
		public Long number(String column) {
			Object value = values.get(column);
			return value == null ? null : ((Number) value).longValue();
		}
	}

	/** What saving did, and the record's id. */
	public record Saved(SaveOutcome outcome, long id) {
	}

	/** Checks an existing record before it may be changed (e.g. that its unit is in the actor's scope); throws to refuse. */
	public interface Guard {
		void check(Stored existing);
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Records(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The record with this key, read by {@code map}. */
	public <T> Optional<T> byKey(RecordTable table, String key, RowMapper<T> map) {
		return jdbc.sql(table.selectByKeySql()).param(key).query(map).optional();
	}

	/**
	 * The records whose {@code column} (one of the table's) holds this value, in {@code order} (an
	 * ORDER BY list of the table's columns, written in code, never taken from a request).
	 */
	public <T> List<T> where(RecordTable table, String column, Object value, String order, RowMapper<T> map) {
		return jdbc.sql("SELECT * FROM " + table.name() + " WHERE " + table.column(column).name() + " = ? ORDER BY " + order)
			.param(value)
			.query(map)
			.list();
	}

	/** The stored record with this key. */
	private Optional<Stored> find(RecordTable table, String key) {
		return jdbc.sql(table.selectByKeySql()).param(key).query((rs, n) -> stored(table, rs)).optional();
	}

	/**
	 * Saves checked values (throws their violations first, if any) as the actor.
	 * @param expectedVersion the version the edit was made on, or null (imports)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Saved save(RecordValues values, Actor actor, Integer expectedVersion, Guard guard) {
		values.throwIfAny();
		RecordTable table = values.table();
		String key = values.key();
		Optional<Stored> existing = find(table, key);
		if (existing.isEmpty()) {
			KeyHolder id = new GeneratedKeyHolder();
			jdbc.sql(table.insertSql()).params(values.row()).update(id, "id");
			audit.record(actor.username(), AuditAction.CREATE, table.recordType(), key, null, values.audited());
			return new Saved(SaveOutcome.CREATED, id.getKeyAs(Long.class));
		}
		Stored before = existing.get();
		guard.check(before);
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(table.recordType() + " " + key);
		}
		Map<String, Object> after = values.audited();
		Map<String, Object> was = audited(table, before);
		if (was.equals(after)) {
			return new Saved(SaveOutcome.UNCHANGED, before.id());
		}
		Object[] row = values.row();
		Object[] params = Arrays.copyOfRange(row, 1, row.length + 2);
		params[row.length - 1] = before.id();
		params[row.length] = before.version();
		if (jdbc.sql(table.updateSql()).params(params).update() == 0) {
			throw new StaleRecordException(table.recordType() + " " + key);
		}
		audit.record(actor.username(), AuditAction.UPDATE, table.recordType(), key, was, after);
		return new Saved(SaveOutcome.UPDATED, before.id());
	}

	/** {@link #save(RecordValues, Actor, Integer, Guard)} with no check of the existing record. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Saved save(RecordValues values, Actor actor, Integer expectedVersion) {
		return save(values, actor, expectedVersion, existing -> {
		});
	}

	private static Map<String, Object> audited(RecordTable table, Stored stored) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (Column c : table.columns()) {
			if (c.auditKey() != null) {
				state.put(c.auditKey(), plain(stored.values().get(c.name())));
			}
		}
		return state;
	}

	private static Stored stored(RecordTable table, ResultSet rs) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Column c : table.columns()) {
			Object value = switch (c.type()) {
				case CODE, TEXT -> {
					String text = rs.getString(c.name());
					yield text == null ? null : text.stripTrailing();
				}
				case DATE -> rs.getObject(c.name(), LocalDate.class);
				case NUMBER -> {
					long n = rs.getLong(c.name());
					yield rs.wasNull() ? null : n;
				}
				case FLAG -> rs.getBoolean(c.name());
			};
			values.put(c.name(), value);
		}
		return new Stored(rs.getLong("id"), rs.getInt("version"), values);
	}

	/** A value as the audit entry and the comparison hold it: numbers as longs, dates as ISO text. */
	static Object plain(Object value) {
		if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
			return n.longValue();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value;
	}
}

package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** Officials of the units. Editing needs EDIT_RECORDS on the person's unit. */
@Service
@Transactional(readOnly = true)
public class People {

	static final String RECORD = "person";

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final AuditLog audit;

	People(JdbcClient jdbc, Units units, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	public Optional<Person> byCode(String code) {
		return jdbc.sql("SELECT * FROM people WHERE code = ?").param(code).query(People::map).optional();
	}

	public List<Person> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM people WHERE id IN (:ids)").param("ids", ids).query(People::map).list();
	}

	public List<Person> ofUnit(long unitId) {
		return jdbc.sql("SELECT * FROM people WHERE unit_id = ? ORDER BY search_key").param(unitId).query(People::map).list();
	}

	/** People of the given units whose name, code or position matches, ignoring diacritics. */
	public List<Person> search(String query, Collection<Long> unitIds, int limit) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM people WHERE search_key LIKE :key AND unit_id IN (:units)
				ORDER BY search_key FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.param("key", Sql.contains(VietnameseText.searchKey(query == null ? "" : query)))
			.param("units", unitIds)
			.query(People::map)
			.list();
	}

	@Transactional
	public SaveOutcome save(PersonDraft draft, Actor actor, Integer expectedVersion) {
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String fullName = VietnameseText.nfc(draft.fullName());
		String position = VietnameseText.nfc(draft.position());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (fullName == null) {
			violations.add("full_name", "validation.required");
		}
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, violations);
		violations.throwIfAny();
		Optional<Person> existing = byCode(code);
		if (existing.isPresent() && !access.may(actor, Permission.EDIT_RECORDS, existing.get().unitId())) {
			violations.add("code", "error.access.unit", code).throwIfAny();
		}
		String key = Units.searchKey(fullName, code, position);
		if (existing.isEmpty()) {
			Sql.insert(jdbc, "INSERT INTO people (code, full_name, position, unit_id, search_key) VALUES (?, ?, ?, ?, ?)",
					code, fullName, position, unit.id(), key);
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byCode(code).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		Person before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (Objects.equals(before.fullName(), fullName) && Objects.equals(before.position(), position)
				&& before.unitId() == unit.id()) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE people SET full_name = ?, position = ?, unit_id = ?, search_key = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(fullName, position, unit.id(), key, before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byCode(code).orElseThrow()));
		return SaveOutcome.UPDATED;
	}

	private Map<String, Object> describe(Person p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", p.code());
		state.put("full_name", p.fullName());
		state.put("position", p.position());
		state.put("unit_id", p.unitId());
		return state;
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), rs.getString("position"),
				rs.getLong("unit_id"), rs.getInt("version"));
	}
}

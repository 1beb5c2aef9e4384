package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Names;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * The org units (đơn vị): lookups, search and changes. A unit's parent holds for its whole life;
 * changing it corrects an error and moves the whole subtree's paths. Units are closed, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class Units {

	static final String RECORD = "org-unit";

	static final RecordTable TABLE = RecordTable.of("org_units", RECORD, Column.code("code"), Column.text("name_vi", 300).required(),
			Column.text("name_en", 300), Column.text("kind", 20).required(), Column.number("parent_id").field("parent_code"),
			Column.text("path", 1000).derived(), Column.date("valid_from"), Column.date("valid_to"),
			Column.number("successor_id").field("successor_code"), Column.text("search_key", 600).derived(), Column.number("sort_order"));

	private final JdbcClient jdbc;

	private final OrgAccess access;

	/** The longest text taken as a unit's code or name (the name column's length). */
	private static final int MAX_NAME = 300;

	/** The largest place in the province's order. */
	static final int MAX_ORDER = 99_999;

	private final Records records;

	Units(JdbcClient jdbc, OrgAccess access, Records records) {
		this.records = records;
		this.jdbc = jdbc;
		this.access = access;
	}

	public Optional<OrgUnit> byCode(String code) {
		return records.byKey(TABLE, code, Units::map);
	}

	public Optional<OrgUnit> byId(long id) {
		return jdbc.sql("SELECT * FROM org_units WHERE id = ?").param(id).query(Units::map).optional();
	}

	/** The unit with this code, on which the actor holds the permission. */
	public OrgUnit require(String code, Permission permission, Actor actor) {
		OrgUnit unit = require(code);
		access.require(actor, permission, unit.id());
		return unit;
	}

	public OrgUnit require(String code) {
		return byCode(code).orElseThrow(() -> new NotFoundException("Unit " + code));
	}

	public List<OrgUnit> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM org_units WHERE id IN (:ids)").param("ids", ids).query(Units::map).list();
	}

	/**
	 * Units whose name or code matches the query, ignoring diacritics and case ("ha noi" finds
	 * "Hà Nội", "d" matches "Đ"), among the given unit ids.
	 */
	public List<OrgUnit> search(String query, Collection<Long> among, int limit) {
		String key = VietnameseText.searchKey(query);
		if (among.isEmpty()) {
			return List.of();
		}
		return UnitOrder.sorted(jdbc.sql("""
				SELECT * FROM org_units WHERE (search_key LIKE :key OR LOWER(code) LIKE :key) AND id IN (:ids)
				ORDER BY search_key FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.param("key", Sql.contains(key))
			.param("ids", among)
			.query(Units::map)
			.list());
	}

	/**
	 * The unit with this code, else the one unit with this name (Vietnamese or English, ignoring
	 * diacritics and case: "lang son" finds "Lạng Sơn"); empty when none, or several, match.
	 */
	public Optional<OrgUnit> byCodeOrName(String text) {
		return Names.byCodeOrName(text, MAX_NAME, this::byCode, key -> jdbc
			.sql("SELECT * FROM org_units WHERE search_key LIKE ? ORDER BY search_key FETCH FIRST 50 ROWS ONLY")
			.param(key)
			.query(Units::map)
			.list(), u -> java.util.Arrays.asList(u.nameVi(), u.nameEn()));
	}

	/**
	 * {@link #byCodeOrName}, or not found.
	 * @throws NotFoundException naming the text when no single unit has that code or name
	 */
	public OrgUnit resolve(String text) {
		return byCodeOrName(text).orElseThrow(() -> new NotFoundException("Unit " + text));
	}

	/**
	 * The unit a record names by code, which the actor must hold the permission on; null, with
	 * the violation added under {@code field}, when the code is empty, unknown or out of scope.
	 */
	public OrgUnit referenced(String rawCode, String field, Permission permission, Actor actor, Violations violations) {
		String code = VietnameseText.nfc(rawCode);
		if (code == null) {
			violations.add(field, "validation.required");
			return null;
		}
		OrgUnit unit = byCodeOrName(code).orElse(null);
		if (unit == null) {
			violations.add(field, "validation.unknownUnit", code);
			return null;
		}
		if (!access.may(actor, permission, unit.id())) {
			violations.add(field, "error.access.unit", code);
			return null;
		}
		return unit;
	}

	/**
	 * Creates or updates the unit with the draft's code, as the actor. Requires MANAGE on the
	 * (new) parent, or on the unit itself when it has none (an administrator's root).
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public SaveOutcome save(UnitDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		Violations violations = values.violations();
		String code = values.text("code", draft.code());
		String nameVi = values.text("name_vi", draft.nameVi());
		String nameEn = values.text("name_en", draft.nameEn());
		values.put("kind", draft.kind());
		values.put("valid_from", draft.validFrom());
		values.put("valid_to", draft.validTo());
		if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			violations.add("valid_to", "validation.endBeforeStart");
		}
		Long order = values.count("sort_order", draft.sortOrder(), MAX_ORDER);
		values.put("sort_order", order == null ? null : order.intValue());
		Optional<OrgUnit> existing = code == null ? Optional.empty() : byCode(code);
		OrgUnit parent = null;
		String parentCode = VietnameseText.nfc(draft.parentCode());
		if (parentCode != null) {
			parent = byCodeOrName(parentCode).orElse(null);
			if (parent == null) {
				violations.add("parent_code", "validation.unknownUnit", parentCode);
			}
			else if (existing.isPresent() && parent.path().startsWith(existing.get().path())) {
				violations.add("parent_code", "org.unit.parentCycle");
			}
		}
		OrgUnit successor = null;
		String successorCode = VietnameseText.nfc(draft.successorCode());
		if (successorCode != null) {
			successor = byCodeOrName(successorCode).orElse(null);
			if (successor == null) {
				violations.add("successor_code", "validation.unknownUnit", successorCode);
			}
			else if (successor.code().equals(code)) {
				violations.add("successor_code", "org.unit.successorSelf");
			}
			else if (draft.validTo() == null) {
				violations.add("valid_to", "org.unit.successorNeedsClose");
			}
		}
		violations.throwIfAny();

		if (parent != null) {
			if (!access.may(actor, Permission.MANAGE, parent.id())) {
				violations.add("parent_code", "error.access.unit", parent.code());
			}
		}
		else if (existing.isEmpty() && !actor.isAdmin()) {
			violations.add("parent_code", "org.unit.rootNeedsAdmin");
		}
		if (existing.isPresent() && !access.may(actor, Permission.MANAGE, existing.get().id())) {
			violations.add("code", "error.access.unit", code);
		}
		violations.throwIfAny();

		values.put("parent_id", parent == null ? null : parent.id());
		values.put("path", existing.map(OrgUnit::path).orElse("/"));
		values.put("successor_id", successor == null ? null : successor.id());
		values.text("search_key", UnitOrder.searchKey(code, nameVi, nameEn));
		Records.Saved saved = records.save(values, actor, expectedVersion);
		// the path of ids from the root: set on creation, and moved with the subtree when the parent changes
		String path = (parent == null ? "/" : parent.path()) + saved.id() + "/";
		if (saved.outcome() == SaveOutcome.CREATED) {
			jdbc.sql("UPDATE org_units SET path = ? WHERE id = ?").params(path, saved.id()).update();
		}
		else if (saved.outcome() == SaveOutcome.UPDATED && !existing.get().path().equals(path)) {
			String before = existing.get().path();
			jdbc.sql("UPDATE org_units SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?")
				.params(path, before.length() + 1, before + "%")
				.update();
		}
		return saved.outcome();
	}

	static OrgUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		long successor = rs.getLong("successor_id");
		Long successorId = rs.wasNull() ? null : successor;
		return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				UnitKind.valueOf(rs.getString("kind")), parentId, rs.getString("path"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), successorId,
				rs.getInt("version"), rs.getObject("sort_order") == null ? null : rs.getInt("sort_order"));
	}
}

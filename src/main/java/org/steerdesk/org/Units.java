package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
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

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OrgAccess access;

	Units(JdbcClient jdbc, AuditLog audit, OrgAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
	}

	public Optional<OrgUnit> byCode(String code) {
		return jdbc.sql("SELECT * FROM org_units WHERE code = ?").param(code).query(Units::map).optional();
	}

	public Optional<OrgUnit> byId(long id) {
		return jdbc.sql("SELECT * FROM org_units WHERE id = ?").param(id).query(Units::map).optional();
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

	public List<OrgUnit> children(long parentId) {
		return sorted(jdbc.sql("SELECT * FROM org_units WHERE parent_id = ?").param(parentId).query(Units::map).list());
	}

	/** The unit and all below it (by path), in tree order. */
	public List<OrgUnit> subtree(OrgUnit root) {
		return treeOrder(jdbc.sql("SELECT * FROM org_units WHERE path LIKE ?").param(root.path() + "%").query(Units::map).list());
	}

	/** Units that closed with this unit as successor (merged into it). */
	public List<OrgUnit> predecessors(long unitId) {
		return sorted(jdbc.sql("SELECT * FROM org_units WHERE successor_id = ?").param(unitId).query(Units::map).list());
	}

	/** Ancestors, root first. */
	public List<OrgUnit> ancestors(OrgUnit unit) {
		List<Long> ids = UnitScopes.lineage(unit.path()).stream().filter(id -> id != unit.id()).toList();
		Map<Long, OrgUnit> byId = new LinkedHashMap<>();
		byIds(ids).forEach(u -> byId.put(u.id(), u));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
		return sorted(jdbc.sql("""
				SELECT * FROM org_units WHERE (search_key LIKE :key OR LOWER(code) LIKE :key) AND id IN (:ids)
				ORDER BY search_key FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.param("key", Sql.contains(key))
			.param("ids", among)
			.query(Units::map)
			.list());
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
		OrgUnit unit = byCode(code).orElse(null);
		if (unit == null) {
			violations.add(field, "validation.unknownCode", code);
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
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String nameVi = VietnameseText.nfc(draft.nameVi());
		String nameEn = VietnameseText.nfc(draft.nameEn());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (nameVi == null) {
			violations.add("name_vi", "validation.required");
		}
		if (draft.kind() == null) {
			violations.add("kind", "validation.required");
		}
		if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			violations.add("valid_to", "validation.endBeforeStart");
		}
		Optional<OrgUnit> existing = code == null ? Optional.empty() : byCode(code);
		OrgUnit parent = null;
		String parentCode = VietnameseText.nfc(draft.parentCode());
		if (parentCode != null) {
			parent = byCode(parentCode).orElse(null);
			if (parent == null) {
				violations.add("parent_code", "validation.unknownCode", parentCode);
			}
			else if (existing.isPresent() && parent.path().startsWith(existing.get().path())) {
				violations.add("parent_code", "org.unit.parentCycle");
			}
		}
		OrgUnit successor = null;
		String successorCode = VietnameseText.nfc(draft.successorCode());
		if (successorCode != null) {
			successor = byCode(successorCode).orElse(null);
			if (successor == null) {
				violations.add("successor_code", "validation.unknownCode", successorCode);
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

		Long parentId = parent == null ? null : parent.id();
		Long successorId = successor == null ? null : successor.id();
		if (existing.isEmpty()) {
			long id = Sql.insert(jdbc, """
					INSERT INTO org_units (code, name_vi, name_en, kind, parent_id, path, valid_from, valid_to, successor_id, search_key)
					VALUES (?, ?, ?, ?, ?, '/', ?, ?, ?, ?)""", code, nameVi, nameEn, draft.kind().name(), parentId,
					draft.validFrom(), draft.validTo(), successorId, searchKey(code, nameVi, nameEn));
			String path = (parent == null ? "/" : parent.path()) + id + "/";
			jdbc.sql("UPDATE org_units SET path = ? WHERE id = ?").params(path, id).update();
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byId(id).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		OrgUnit before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		boolean same = Objects.equals(before.nameVi(), nameVi) && Objects.equals(before.nameEn(), nameEn)
				&& before.kind() == draft.kind() && Objects.equals(before.parentId(), parentId)
				&& Objects.equals(before.validFrom(), draft.validFrom()) && Objects.equals(before.validTo(), draft.validTo())
				&& Objects.equals(before.successorId(), successorId);
		if (same) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE org_units SET name_vi = ?, name_en = ?, kind = ?, parent_id = ?, valid_from = ?, valid_to = ?,
				successor_id = ?, search_key = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(nameVi, nameEn, draft.kind().name(), parentId, draft.validFrom(), draft.validTo(), successorId,
					searchKey(code, nameVi, nameEn), before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (!Objects.equals(before.parentId(), parentId)) {
			String newPath = (parent == null ? "/" : parent.path()) + before.id() + "/";
			jdbc.sql("UPDATE org_units SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?")
				.params(newPath, before.path().length() + 1, before.path() + "%")
				.update();
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byId(before.id()).orElseThrow()));
		return SaveOutcome.UPDATED;
	}

	Map<String, Object> describe(OrgUnit unit) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", unit.code());
		state.put("name_vi", unit.nameVi());
		state.put("name_en", unit.nameEn());
		state.put("kind", unit.kind().name());
		state.put("parent_id", unit.parentId());
		state.put("valid_from", unit.validFrom() == null ? null : unit.validFrom().toString());
		state.put("valid_to", unit.validTo() == null ? null : unit.validTo().toString());
		state.put("successor_id", unit.successorId());
		return state;
	}

	static String searchKey(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			if (part != null) {
				key.append(VietnameseText.searchKey(part)).append(' ');
			}
		}
		return key.toString().strip();
	}

	/** Vietnamese alphabetical order by name. */
	static List<OrgUnit> sorted(List<OrgUnit> units) {
		Comparator<String> collation = VietnameseText.collation();
		return units.stream().sorted(Comparator.comparing(OrgUnit::nameVi, collation)).toList();
	}

	/** Depth-first order with siblings alphabetical. */
	static List<OrgUnit> treeOrder(List<OrgUnit> units) {
		Map<Long, List<OrgUnit>> byParent = new LinkedHashMap<>();
		java.util.Set<Long> ids = new java.util.HashSet<>();
		units.forEach(u -> ids.add(u.id()));
		List<OrgUnit> roots = new java.util.ArrayList<>();
		for (OrgUnit u : units) {
			if (u.parentId() == null || !ids.contains(u.parentId())) {
				roots.add(u);
			}
			else {
				byParent.computeIfAbsent(u.parentId(), k -> new java.util.ArrayList<>()).add(u);
			}
		}
		List<OrgUnit> out = new java.util.ArrayList<>(units.size());
		java.util.Deque<OrgUnit> stack = new java.util.ArrayDeque<>();
		List<OrgUnit> sortedRoots = sorted(roots);
		for (int i = sortedRoots.size() - 1; i >= 0; i--) {
			stack.push(sortedRoots.get(i));
		}
		while (!stack.isEmpty()) {
			OrgUnit u = stack.pop();
			out.add(u);
			List<OrgUnit> kids = sorted(byParent.getOrDefault(u.id(), List.of()));
			for (int i = kids.size() - 1; i >= 0; i--) {
				stack.push(kids.get(i));
			}
		}
		return out;
	}

	static OrgUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		long successor = rs.getLong("successor_id");
		Long successorId = rs.wasNull() ? null : successor;
		return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				UnitKind.valueOf(rs.getString("kind")), parentId, rs.getString("path"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), successorId,
				rs.getInt("version"));
	}
}

package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Steering committees and their members' terms. Managing them needs MANAGE on the committee's
 * scope unit. A person may hold roles in several committees.
 */
@Service
@Transactional(readOnly = true)
public class Committees {

	static final String RECORD = "committee";

	static final String MEMBER_RECORD = "committee-member";

	private final JdbcClient jdbc;

	private final Units units;

	private final People people;

	private final OrgAccess access;

	private final AuditLog audit;

	Committees(JdbcClient jdbc, Units units, People people, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.people = people;
		this.access = access;
		this.audit = audit;
	}

	public Optional<Committee> byCode(String code) {
		return jdbc.sql("SELECT * FROM committees WHERE code = ?").param(code).query(Committees::map).optional();
	}

	/** Committees whose scope unit is among the given ones. */
	public List<Committee> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM committees WHERE scope_unit_id IN (:ids) ORDER BY code")
			.param("ids", unitIds)
			.query(Committees::map)
			.list();
	}

	/** Every term of every member, current and past, earliest first. */
	public List<CommitteeMember> members(long committeeId) {
		return jdbc.sql("SELECT * FROM committee_members WHERE committee_id = ? ORDER BY date_from, role, id")
			.param(committeeId)
			.query(Committees::mapMember)
			.list();
	}

	/** A person's terms in any committee. */
	public List<CommitteeMember> termsOf(long personId) {
		return jdbc.sql("SELECT * FROM committee_members WHERE person_id = ? ORDER BY date_from")
			.param(personId)
			.query(Committees::mapMember)
			.list();
	}

	public List<Committee> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM committees WHERE id IN (:ids)").param("ids", ids).query(Committees::map).list();
	}

	@Transactional
	public SaveOutcome save(CommitteeDraft draft, Actor actor, Integer expectedVersion) {
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String nameVi = VietnameseText.nfc(draft.nameVi());
		String nameEn = VietnameseText.nfc(draft.nameEn());
		String governing = VietnameseText.nfc(draft.governingBodyVi());
		String symbol = VietnameseText.nfc(draft.symbol());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (nameVi == null) {
			violations.add("name_vi", "validation.required");
		}
		if (draft.documentStyle() == null) {
			violations.add("document_style", "validation.required");
		}
		if (draft.reportingWindow() == null) {
			violations.add("reporting_window", "validation.required");
		}
		if (symbol != null && symbol.length() > 20) {
			violations.add("symbol", "validation.tooLong", 20);
		}
		OrgUnit scope = units.referenced(draft.scopeUnitCode(), "scope_unit_code", Permission.MANAGE, actor, violations);
		violations.throwIfAny();
		Optional<Committee> existing = byCode(code);
		if (existing.isPresent() && !access.may(actor, Permission.MANAGE, existing.get().scopeUnitId())) {
			violations.add("code", "error.access.unit", code).throwIfAny();
		}
		if (existing.isEmpty()) {
			Sql.insert(jdbc, """
					INSERT INTO committees (code, name_vi, name_en, scope_unit_id, document_style, reporting_window, governing_body_vi, symbol)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", code, nameVi, nameEn, scope.id(), draft.documentStyle().name(),
					draft.reportingWindow().name(), governing, symbol);
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byCode(code).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		Committee before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (Objects.equals(before.nameVi(), nameVi) && Objects.equals(before.nameEn(), nameEn)
				&& before.scopeUnitId() == scope.id() && before.documentStyle() == draft.documentStyle()
				&& before.reportingWindow() == draft.reportingWindow() && Objects.equals(before.governingBodyVi(), governing)
				&& Objects.equals(before.symbol(), symbol)) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE committees SET name_vi = ?, name_en = ?, scope_unit_id = ?, document_style = ?, reporting_window = ?,
				governing_body_vi = ?, symbol = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(nameVi, nameEn, scope.id(), draft.documentStyle().name(), draft.reportingWindow().name(), governing,
					symbol, before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byCode(code).orElseThrow()));
		return SaveOutcome.UPDATED;
	}

	/** Creates or updates a term, keyed by committee, person, role and start date. */
	@Transactional
	public SaveOutcome saveMember(MemberDraft draft, Actor actor) {
		Violations violations = new Violations();
		Committee committee = null;
		String committeeCode = VietnameseText.nfc(draft.committeeCode());
		if (committeeCode == null) {
			violations.add("committee_code", "validation.required");
		}
		else {
			committee = byCode(committeeCode).orElse(null);
			if (committee == null) {
				violations.add("committee_code", "validation.unknownCode", committeeCode);
			}
			else if (!access.may(actor, Permission.MANAGE, committee.scopeUnitId())) {
				violations.add("committee_code", "error.access.unit", committeeCode);
			}
		}
		Person person = null;
		String personCode = VietnameseText.nfc(draft.personCode());
		if (personCode == null) {
			violations.add("person_code", "validation.required");
		}
		else {
			person = people.byCode(personCode).orElse(null);
			if (person == null) {
				violations.add("person_code", "validation.unknownCode", personCode);
			}
		}
		if (draft.role() == null) {
			violations.add("role", "validation.required");
		}
		if (draft.from() == null) {
			violations.add("from", "validation.required");
		}
		else if (draft.to() != null && draft.to().isBefore(draft.from())) {
			violations.add("to", "validation.endBeforeStart");
		}
		violations.throwIfAny();
		Optional<CommitteeMember> existing = jdbc.sql("""
				SELECT * FROM committee_members WHERE committee_id = ? AND person_id = ? AND role = ? AND date_from = ?""")
			.params(committee.id(), person.id(), draft.role().name(), draft.from())
			.query(Committees::mapMember)
			.optional();
		String key = committeeCode + "/" + personCode + "/" + draft.role() + "/" + draft.from();
		if (existing.isEmpty()) {
			Sql.insert(jdbc, "INSERT INTO committee_members (committee_id, person_id, role, date_from, date_to) VALUES (?, ?, ?, ?, ?)",
					committee.id(), person.id(), draft.role().name(), draft.from(), draft.to());
			audit.record(actor.username(), AuditAction.CREATE, MEMBER_RECORD, key, null, Map.of("to", String.valueOf(draft.to())));
			return SaveOutcome.CREATED;
		}
		if (Objects.equals(existing.get().to(), draft.to())) {
			return SaveOutcome.UNCHANGED;
		}
		jdbc.sql("UPDATE committee_members SET date_to = ?, version = version + 1 WHERE id = ?")
			.params(draft.to(), existing.get().id())
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, MEMBER_RECORD, key,
				Map.of("to", String.valueOf(existing.get().to())), Map.of("to", String.valueOf(draft.to())));
		return SaveOutcome.UPDATED;
	}

	private Map<String, Object> describe(Committee c) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", c.code());
		state.put("name_vi", c.nameVi());
		state.put("name_en", c.nameEn());
		state.put("scope_unit_id", c.scopeUnitId());
		state.put("document_style", c.documentStyle().name());
		state.put("reporting_window", c.reportingWindow().name());
		state.put("governing_body_vi", c.governingBodyVi());
		state.put("symbol", c.symbol());
		return state;
	}

	static Committee map(ResultSet rs, int row) throws SQLException {
		return new Committee(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getLong("scope_unit_id"), DocumentStyle.valueOf(rs.getString("document_style")),
				ReportingWindow.valueOf(rs.getString("reporting_window")), rs.getString("governing_body_vi"),
				rs.getString("symbol"), rs.getInt("version"));
	}

	static CommitteeMember mapMember(ResultSet rs, int row) throws SQLException {
		return new CommitteeMember(rs.getLong("id"), rs.getLong("committee_id"), rs.getLong("person_id"),
				MemberRole.valueOf(rs.getString("role")), rs.getObject("date_from", LocalDate.class),
				rs.getObject("date_to", LocalDate.class));
	}
}

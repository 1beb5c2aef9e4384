package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
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

	static final RecordTable TABLE = RecordTable.of("committees", RECORD, Column.code("code"), Column.text("name_vi", 400).required(),
			Column.text("name_en", 400), Column.number("scope_unit_id").field("scope_unit_code").required(),
			Column.text("document_style", 10).required(), Column.text("reporting_window", 10).required(),
			Column.text("governing_body_vi", 400), Column.text("symbol", 20));

	private final JdbcClient jdbc;

	private final Units units;

	private final People people;

	private final OrgAccess access;

	private final AuditLog audit;

	private final Records records;

	Committees(JdbcClient jdbc, Units units, People people, OrgAccess access, AuditLog audit, Records records) {
		this.records = records;
		this.jdbc = jdbc;
		this.units = units;
		this.people = people;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The committee with this code, on whose scope unit the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Committee require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Committee::scopeUnitId, permission, actor, "Committee " + code);
	}

	/** The committees whose scope is among the units the actor reads. */
	public List<Committee> readable(Actor actor) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		return ofUnits(access.units(actor, Permission.READ));
	}

	public Optional<Committee> byCode(String code) {
		return records.byKey(TABLE, code, Committees::map);
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

	/** Every term of every member, current and past: by role (the head first, as the committee's decision lists them), then earliest first. */
	public List<CommitteeMember> members(long committeeId) {
		return jdbc.sql("SELECT * FROM committee_members WHERE committee_id = ? ORDER BY date_from, id")
			.param(committeeId)
			.query(Committees::mapMember)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(CommitteeMember::role))
			.toList();
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
		RecordValues values = TABLE.values();
		String code = values.text("code", draft.code());
		values.text("name_vi", draft.nameVi());
		values.text("name_en", draft.nameEn());
		OrgUnit scope = units.referenced(draft.scopeUnitCode(), "scope_unit_code", Permission.MANAGE, actor, values.violations());
		values.put("scope_unit_id", scope == null ? null : scope.id());
		values.put("document_style", draft.documentStyle());
		values.put("reporting_window", draft.reportingWindow());
		values.text("governing_body_vi", draft.governingBodyVi());
		values.text("symbol", draft.symbol());
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.MANAGE, existing.number("scope_unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
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
			person = people.byCodeOrName(personCode).orElse(null);
			if (person == null) {
				violations.add("person_code", "validation.unknownPerson", personCode);
			}
			else {
				personCode = person.code();
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

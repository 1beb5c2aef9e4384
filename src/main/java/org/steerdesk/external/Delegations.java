package org.steerdesk.external;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Delegations in and out (đoàn vào, đoàn ra). The figures need only member counts by
 * nationality; named members are kept only when the user adds them.
 */
@Service
@Transactional(readOnly = true)
public class Delegations {

	static final String RECORD = "delegation";

	static final RecordTable TABLE = RecordTable.of("ext_delegations", RECORD, Column.code("code"),
			Column.text("direction", 3).required(), Column.text("name", 500).required(), Column.text("partner", 400),
			Column.number("partner_id").derived(), Column.text("purposes", 200).field("purpose").required(),
			Column.date("start_date").required(), Column.date("end_date").required(),
			Column.number("host_unit_id").field("host_unit_code").required(), Column.text("members", 500).required(),
			Column.number("foreign_members").derived(), Column.text("notes", 4000), Column.text("results", 4000),
			Column.text("search_key", 1000).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Partners partners;

	private final AuditLog audit;

	private final Records records;

	Delegations(JdbcClient jdbc, Units units, OrgAccess access, Partners partners, AuditLog audit, Records records) {
		this.records = records;
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.partners = partners;
		this.audit = audit;
	}

	/** A delegation's page: the record, its host unit, its partner's record, its named people, and whether the actor may edit it. */
	public record View(Delegation delegation, OrgUnit unit, Partner partner, List<DelegationPerson> people, boolean mayEdit) {
	}

	/** The delegation with this code, which the actor may read. */
	public View view(String code, Actor actor) {
		Delegation delegation = require(code, Permission.READ, actor);
		return new View(delegation, units.byId(delegation.hostUnitId()).orElseThrow(),
				delegation.partnerId() == null ? null : partners.byId(delegation.partnerId()).orElse(null), people(delegation.id()),
				access.may(actor, Permission.EDIT_RECORDS, delegation.hostUnitId()));
	}

	/**
	 * The delegation with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Delegation require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Delegation::hostUnitId, permission, actor, "Delegation " + code);
	}

	public Optional<Delegation> byCode(String code) {
		return records.byKey(TABLE, code, this::map);
	}

	public List<Delegation> ofPartner(long partnerId) {
		return records.where(TABLE, "partner_id", partnerId, "start_date DESC", this::map);
	}

	public List<DelegationPerson> people(long delegationId) {
		return jdbc.sql("SELECT * FROM ext_delegation_people WHERE delegation_id = ? ORDER BY id")
			.param(delegationId)
			.query((rs, n) -> new DelegationPerson(rs.getLong("id"), rs.getString("full_name"), rs.getString("role"),
					rs.getString("nationality")))
			.list();
	}

	@Transactional
	public SaveOutcome save(DelegationDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		Violations violations = values.violations();
		String code = values.text("code", draft.code());
		values.put("direction", draft.direction());
		String name = values.text("name", draft.name());
		String partner = values.text("partner", draft.partner());
		if (draft.purposes() == null || draft.purposes().isEmpty()) {
			violations.add("purpose", "validation.required");
		}
		else {
			values.text("purposes", ";" + String.join(";", draft.purposes().stream().distinct().map(Enum::name).toList()) + ";");
		}
		values.put("start_date", draft.start());
		values.put("end_date", draft.end());
		if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
			violations.add("end_date", "validation.endBeforeStart");
		}
		OrgUnit hostUnit = units.referenced(draft.hostUnitCode(), "host_unit_code", Permission.EDIT_RECORDS, actor, violations);
		values.put("host_unit_id", hostUnit == null ? null : hostUnit.id());
		Map<String, Integer> members = DelegationMembers.parse(draft.members(), violations);
		values.text("members", DelegationMembers.text(members));
		values.text("notes", draft.notes());
		values.text("results", draft.results());
		values.throwIfAny();
		values.put("partner_id", partner == null ? null : partners.byCodeOrName(partner).map(Partner::id).orElse(null));
		values.put("foreign_members",
				members.entrySet().stream().filter(e -> !Country.VIET_NAM.equals(e.getKey())).mapToLong(Map.Entry::getValue).sum());
		values.searchKey("search_key", code, name, partner);
		Records.Saved saved = records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.EDIT_RECORDS, existing.number("host_unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		});
		if (saved.outcome() != SaveOutcome.UNCHANGED) {
			// the members by nationality, as the figures count them
			jdbc.sql("DELETE FROM ext_delegation_members WHERE delegation_id = ?").param(saved.id()).update();
			for (Map.Entry<String, Integer> member : members.entrySet()) {
				jdbc.sql("INSERT INTO ext_delegation_members (delegation_id, nationality, member_count) VALUES (?, ?, ?)")
					.params(saved.id(), member.getKey(), member.getValue())
					.update();
			}
		}
		return saved.outcome();
	}

	/** Adds a named member (only when the user chooses to record names). */
	@Transactional
	public void addPerson(String delegationCode, String fullName, String role, String nationality, Actor actor) {
		Delegation delegation = require(delegationCode, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		String name = VietnameseText.nfc(fullName);
		if (name == null) {
			violations.add("full_name", "validation.required");
		}
		Country country = Country.of(nationality);
		if (country == null) {
			violations.add("nationality", "external.members.country", String.valueOf(nationality));
		}
		violations.throwIfAny();
		jdbc.sql("INSERT INTO ext_delegation_people (delegation_id, full_name, role, nationality) VALUES (?, ?, ?, ?)")
			.params(delegation.id(), name, VietnameseText.nfc(role), country.code())
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, delegationCode, null, Map.of("added_member", name));
	}

	@Transactional
	public void removePerson(String delegationCode, long personId, Actor actor) {
		Delegation delegation = require(delegationCode, Permission.EDIT_RECORDS, actor);
		int n = jdbc.sql("DELETE FROM ext_delegation_people WHERE id = ? AND delegation_id = ?").params(personId, delegation.id()).update();
		if (n > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, delegationCode, Map.of("removed_member", personId), null);
		}
	}

	Delegation map(ResultSet rs, int row) throws SQLException {
		long partner = rs.getLong("partner_id");
		Long partnerId = rs.wasNull() ? null : partner;
		Map<String, Integer> members = new TreeMap<>();
		for (String part : rs.getString("members").split(";")) {
			String[] pair = part.split(":");
			if (pair.length == 2) {
				members.put(pair[0], Integer.valueOf(pair[1]));
			}
		}
		List<Purpose> purposes = Arrays.stream(rs.getString("purposes").split(";")).filter(s -> !s.isEmpty())
			.map(s -> Purpose.valueOf(s.toUpperCase(Locale.ROOT))).toList();
		return new Delegation(rs.getLong("id"), rs.getString("code"), Direction.valueOf(rs.getString("direction")), rs.getString("name"),
				rs.getString("partner"), partnerId, purposes, rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getLong("host_unit_id"), members, rs.getInt("foreign_members"),
				rs.getString("notes"), rs.getString("results"), rs.getInt("version"));
	}

}

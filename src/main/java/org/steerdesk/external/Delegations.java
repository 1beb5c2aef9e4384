package org.steerdesk.external;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Bounds;
import org.steerdesk.shared.Violations;

/**
 * Delegations in and out (đoàn vào, đoàn ra). The figures need only member counts by
 * nationality; named members are kept only when the user adds them.
 */
@Service
@Transactional(readOnly = true)
public class Delegations {

	static final String RECORD = "delegation";

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Partners partners;

	private final AuditLog audit;

	Delegations(JdbcClient jdbc, Units units, OrgAccess access, Partners partners, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.partners = partners;
		this.audit = audit;
	}

	public Optional<Delegation> byCode(String code) {
		return jdbc.sql("SELECT * FROM ext_delegations WHERE code = ?").param(code).query(this::map).optional();
	}

	public List<Delegation> ofPartner(long partnerId) {
		return jdbc.sql("SELECT * FROM ext_delegations WHERE partner_id = ? ORDER BY start_date DESC").param(partnerId).query(this::map).list();
	}

	public List<DelegationPerson> people(long delegationId) {
		return jdbc.sql("SELECT * FROM ext_delegation_people WHERE delegation_id = ? ORDER BY id")
			.param(delegationId)
			.query((rs, n) -> new DelegationPerson(rs.getLong("id"), rs.getString("full_name"), rs.getString("role"),
					rs.getString("nationality")))
			.list();
	}

	/**
	 * Reads member counts written as {@code CN:5;KR:2;VN:1}: ISO 3166-1 alpha-2 codes, each once,
	 * each count a whole number ≥ 1. Violations name the field {@code members}.
	 */
	static Map<String, Integer> parseMembers(String text, Violations violations) {
		Map<String, Integer> members = new TreeMap<>();
		if (text == null || text.isBlank()) {
			violations.add("members", "validation.required");
			return members;
		}
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split(":");
			if (pair.length != 2) {
				violations.add("members", "external.members.format", part.strip());
				continue;
			}
			Country country = Country.of(pair[0]);
			if (country == null) {
				violations.add("members", "external.members.country", pair[0].strip());
				continue;
			}
			int count;
			try {
				count = Integer.parseInt(pair[1].strip());
			}
			catch (NumberFormatException e) {
				violations.add("members", "external.members.count", part.strip());
				continue;
			}
			if (count < 1 || count > Bounds.MAX_MEMBERS) {
				violations.add("members", "external.members.count", part.strip(), Bounds.MAX_MEMBERS);
			}
			else if (members.putIfAbsent(country.code(), count) != null) {
				violations.add("members", "external.members.repeated", country.code());
			}
		}
		if (members.isEmpty() && !violations.has("members")) {
			violations.add("members", "validation.required");
		}
		return members;
	}

	@Transactional
	public SaveOutcome save(DelegationDraft draft, Actor actor, Integer expectedVersion) {
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String name = VietnameseText.nfc(draft.name());
		String partner = VietnameseText.nfc(draft.partner());
		String notes = VietnameseText.nfc(draft.notes());
		String results = VietnameseText.nfc(draft.results());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (draft.direction() == null) {
			violations.add("direction", "validation.required");
		}
		if (name == null) {
			violations.add("name", "validation.required");
		}
		if (draft.purposes() == null || draft.purposes().isEmpty()) {
			violations.add("purpose", "validation.required");
		}
		if (draft.start() == null) {
			violations.add("start_date", "validation.required");
		}
		if (draft.end() == null) {
			violations.add("end_date", "validation.required");
		}
		else if (draft.start() != null && draft.end().isBefore(draft.start())) {
			violations.add("end_date", "validation.endBeforeStart");
		}
		Map<String, Integer> members = parseMembers(draft.members(), violations);
		OrgUnit hostUnit = units.referenced(draft.hostUnitCode(), "host_unit_code", Permission.EDIT_RECORDS, actor, violations);
		violations.throwIfAny();
		Optional<Delegation> existing = byCode(code);
		if (existing.isPresent() && !access.may(actor, Permission.EDIT_RECORDS, existing.get().hostUnitId())) {
			violations.add("code", "error.access.unit", code).throwIfAny();
		}
		long hostUnitId = hostUnit.id();
		Long partnerId = partner == null ? null : partners.byCode(partner).map(Partner::id).orElse(null);
		String purposes = ";" + String.join(";", draft.purposes().stream().distinct().map(Enum::name).toList()) + ";";
		int foreign = members.entrySet().stream().filter(e -> !Country.VIET_NAM.equals(e.getKey())).mapToInt(Map.Entry::getValue).sum();
		String searchKey = VietnameseText.searchKey(code + " " + name + " " + (partner == null ? "" : partner));
		long id;
		SaveOutcome outcome;
		if (existing.isEmpty()) {
			id = Sql.insert(jdbc, """
					INSERT INTO ext_delegations (code, direction, name, partner, partner_id, purposes, start_date, end_date, host_unit_id,
					members, foreign_members, notes, results, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					code, draft.direction().name(), name, partner, partnerId, purposes, draft.start(), draft.end(), hostUnitId,
					membersText(members), foreign, notes, results, searchKey);
			outcome = SaveOutcome.CREATED;
		}
		else {
			Delegation before = existing.get();
			if (expectedVersion != null && expectedVersion != before.version()) {
				throw new StaleRecordException(RECORD + " " + code);
			}
			if (before.direction() == draft.direction() && before.name().equals(name) && Objects.equals(before.partner(), partner)
					&& before.purposes().equals(draft.purposes().stream().distinct().toList()) && before.start().equals(draft.start())
					&& before.end().equals(draft.end()) && before.hostUnitId() == hostUnitId && before.members().equals(members)
					&& Objects.equals(before.notes(), notes) && Objects.equals(before.results(), results)) {
				return SaveOutcome.UNCHANGED;
			}
			id = before.id();
			int updated = jdbc.sql("""
					UPDATE ext_delegations SET direction = ?, name = ?, partner = ?, partner_id = ?, purposes = ?, start_date = ?,
					end_date = ?, host_unit_id = ?, members = ?, foreign_members = ?, notes = ?, results = ?, search_key = ?,
					version = version + 1 WHERE id = ? AND version = ?""")
				.params(draft.direction().name(), name, partner, partnerId, purposes, draft.start(), draft.end(), hostUnitId,
						membersText(members), foreign, notes, results, searchKey, id, before.version())
				.update();
			if (updated == 0) {
				throw new StaleRecordException(RECORD + " " + code);
			}
			jdbc.sql("DELETE FROM ext_delegation_members WHERE delegation_id = ?").param(id).update();
			outcome = SaveOutcome.UPDATED;
		}
		for (Map.Entry<String, Integer> member : members.entrySet()) {
			jdbc.sql("INSERT INTO ext_delegation_members (delegation_id, nationality, member_count) VALUES (?, ?, ?)")
				.params(id, member.getKey(), member.getValue())
				.update();
		}
		audit.record(actor.username(), outcome == SaveOutcome.CREATED ? AuditAction.CREATE : AuditAction.UPDATE, RECORD, code,
				existing.map(this::describe).orElse(null), describe(byCode(code).orElseThrow()));
		return outcome;
	}

	/** Adds a named member (only when the user chooses to record names). */
	@Transactional
	public void addPerson(String delegationCode, String fullName, String role, String nationality, Actor actor) {
		Delegation delegation = byCode(delegationCode).orElseThrow(() -> new org.steerdesk.shared.NotFoundException("Delegation " + delegationCode));
		access.require(actor, Permission.EDIT_RECORDS, delegation.hostUnitId());
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
		Delegation delegation = byCode(delegationCode).orElseThrow(() -> new org.steerdesk.shared.NotFoundException("Delegation " + delegationCode));
		access.require(actor, Permission.EDIT_RECORDS, delegation.hostUnitId());
		int n = jdbc.sql("DELETE FROM ext_delegation_people WHERE id = ? AND delegation_id = ?").params(personId, delegation.id()).update();
		if (n > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, delegationCode, Map.of("removed_member", personId), null);
		}
	}

	static String membersText(Map<String, Integer> members) {
		StringBuilder out = new StringBuilder();
		members.forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append(':').append(v));
		return out.toString();
	}

	private Map<String, Object> describe(Delegation d) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", d.code());
		state.put("direction", d.direction().name());
		state.put("name", d.name());
		state.put("partner", d.partner());
		state.put("purposes", d.purposes().stream().map(Enum::name).toList());
		state.put("start_date", d.start().toString());
		state.put("end_date", d.end().toString());
		state.put("host_unit_id", d.hostUnitId());
		state.put("members", d.membersText());
		return state;
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

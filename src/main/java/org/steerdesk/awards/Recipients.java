package org.steerdesk.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * The recipients of decisions: added while a decision is a draft or is being recorded from paper
 * (never once issued here), one per type and name in a decision (spec key), each with its unit and
 * citation; revoked with a reason and a day, audited, after which it no longer counts.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

	static final String RECORD = "award-recipient";

	static final RecordTable CHECKS = RecordTable.of("award_recipients", RECORD, Column.text("recipient_name", 300).required(),
			Column.text("position", 300), Column.text("citation", 2000), Column.text("revoked_reason", 1000).as("reason").required());

	/** The most recipients a decision may have. */
	static final int MAX_PER_DECISION = 2_000;

	private final JdbcClient jdbc;

	private final Decisions decisions;

	private final Authorities authorities;

	private final Units units;

	private final People people;

	private final AuditLog audit;

	Recipients(JdbcClient jdbc, Decisions decisions, Authorities authorities, Units units, People people, AuditLog audit) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.authorities = authorities;
		this.units = units;
		this.people = people;
		this.audit = audit;
	}

	/** A decision's recipients: collectives first, then individuals, in the order added. */
	public List<Recipient> of(long decisionId) {
		return jdbc.sql("SELECT * FROM award_recipients WHERE decision_id = ? ORDER BY recipient_type, id")
			.param(decisionId)
			.query(Recipients::map)
			.list();
	}

	public Optional<Recipient> byId(long id) {
		return jdbc.sql("SELECT * FROM award_recipients WHERE id = ?").param(id).query(Recipients::map).optional();
	}

	/**
	 * Adds a recipient from a page: a collective by its unit, or named with its unit; an individual
	 * as an official, or named with position and unit.
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public void add(long decisionId, RecipientDraft draft, Actor actor) {
		Decision decision = changeable(decisionId, actor);
		Violations v = new Violations();
		Resolved r = resolve(draft, v);
		String name = org.steerdesk.shared.VietnameseText.nfc(r.name());
		if (name != null && of(decision.id()).stream()
			.anyMatch(x -> x.type() == draft.type() && VietnameseText.searchKey(x.name()).equals(VietnameseText.searchKey(name)))) {
			// the spec's key: one recipient of a type and name per decision
			v.add("recipient_name", "awards.recipientTwice", name).throwIfAny();
		}
		put(decision, draft.type(), r.name(), r.unitCode(), r.official(), r.position(), draft.citation(), actor, v);
	}

	/** A recipient as a page names it, resolved: its name, its unit's code, the official (if one) and the position. */
	record Resolved(String name, String unitCode, Person official, String position) {
	}

	/**
	 * Resolves what a page typed: an official by name gives the name, unit and (unless typed) position
	 * as they are today; a collective named by its unit alone takes the unit's name.
	 * @throws org.steerdesk.shared.InvalidRecordException when the type is missing or the official unknown
	 */
	Resolved resolve(RecipientDraft draft, Violations v) {
		if (draft.type() == null) {
			v.add("type", "validation.required");
			v.throwIfAny();
		}
		String name = draft.name();
		String unit = draft.unit();
		String position = draft.position();
		Person official = null;
		if (draft.type() == RecipientType.INDIVIDUAL && draft.official() != null && !draft.official().isBlank()) {
			People.AsOfToday found = people.named(draft.official(), "official", v);
			if (found != null) {
				official = found.person();
				name = official.fullName();
				position = position == null || position.isBlank() ? official.position() : position;
				unit = units.byId(official.unitId()).map(OrgUnit::code).orElse(null);
			}
		}
		else if (draft.type() == RecipientType.COLLECTIVE && draft.official() != null && !draft.official().isBlank()) {
			// an official is an individual
			v.add("official", "awards.officialIsIndividual");
		}
		else if (draft.type() == RecipientType.COLLECTIVE && (name == null || name.isBlank()) && unit != null && !unit.isBlank()) {
			name = units.byCodeOrName(unit).map(OrgUnit::nameVi).orElse(null);
		}
		v.throwIfAny();
		return new Resolved(name, unit, official, position);
	}

	/**
	 * Writes a recipient of a decision by its key (type, name): created, or its unit, position and
	 * citation updated; a revocation stays. The actor manages the recipient's unit.
	 */
	SaveOutcome put(Decision decision, RecipientType type, String rawName, String unitCode, Person official, String rawPosition,
			String rawCitation, Actor actor, Violations v) {
		RecordValues values = CHECKS.values();
		String name = values.text("recipient_name", rawName);
		String position = values.text("position", rawPosition);
		String citation = values.text("citation", rawCitation);
		values.violations().list().forEach(x -> v.add(x.field(), x.code(), x.args().toArray()));
		if (type == RecipientType.COLLECTIVE && position != null) {
			v.add("position", "awards.collectiveHasNoPosition");
		}
		OrgUnit unit = unitCode == null || unitCode.isBlank() ? null
				: units.referenced(unitCode, "recipient_unit_code", Permission.MANAGE, actor, v);
		if (official == null && type == RecipientType.INDIVIDUAL && unit != null && name != null) {
			String key = VietnameseText.searchKey(name);
			official = people.ofUnit(unit.id()).stream().filter(p -> VietnameseText.searchKey(p.fullName()).equals(key)).findFirst().orElse(null);
		}
		long held = jdbc.sql("SELECT COUNT(*) FROM award_recipients WHERE decision_id = ?").param(decision.id()).query(Long.class).single();
		// the decision's row, locked while its recipients change: an issue at the same moment waits, or this change sees it issued
		if (jdbc.sql("UPDATE award_decisions SET version = version WHERE id = ? AND issued_here = FALSE").param(decision.id()).update() == 0) {
			v.add("recipient_name", "awards.decisionFrozen");
		}
		v.throwIfAny();
		String nameKey = VietnameseText.searchKey(name);
		Optional<Recipient> existing = jdbc.sql("SELECT * FROM award_recipients WHERE decision_id = ? AND recipient_type = ? AND name_key = ?")
			.params(decision.id(), type.name(), nameKey)
			.query(Recipients::map)
			.optional();
		Long unitId = unit == null ? null : unit.id();
		long scope = unitId != null ? unitId : authorities.get(decision.authorityId()).unitId();
		Long personId = official == null ? null : official.id();
		if (existing.isPresent()) {
			Recipient r = existing.get();
			if (Objects.equals(r.unitId(), unitId) && Objects.equals(r.position(), position) && Objects.equals(r.citation(), citation)
					&& Objects.equals(r.personId(), personId)) {
				return SaveOutcome.UNCHANGED;
			}
			jdbc.sql("UPDATE award_recipients SET unit_id = ?, person_id = ?, position = ?, citation = ?, scope_unit_id = ?, version = version + 1 WHERE id = ?")
				.params(unitId, personId, position, citation, scope, r.id())
				.update();
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, String.valueOf(r.id()), state(r.name(), r.position(), r.citation()),
					state(name, position, citation));
			return SaveOutcome.UPDATED;
		}
		if (held >= MAX_PER_DECISION) {
			new Violations().add("recipient_name", "validation.atMost", held, MAX_PER_DECISION).throwIfAny();
		}
		long id = org.steerdesk.shared.Sql.insert(jdbc, """
				INSERT INTO award_recipients (decision_id, recipient_type, recipient_name, name_key, unit_id, person_id, position, citation,
				scope_unit_id, decision_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", decision.id(), type.name(), name, nameKey, unitId,
				personId, position, citation, scope, decision.date());
		Map<String, Object> after = state(name, position, citation);
		after.put("decision", decision.id());
		after.put("type", type.name());
		audit.record(actor.username(), AuditAction.CREATE, RECORD, String.valueOf(id), null, after);
		return SaveOutcome.CREATED;
	}

	/** Removes a recipient from a decision that is still being prepared or recorded. */
	@Transactional
	public void remove(long decisionId, long recipientId, Actor actor) {
		Decision decision = changeable(decisionId, actor);
		Recipient r = byId(recipientId).filter(x -> x.decisionId() == decision.id())
			.orElseThrow(() -> new NotFoundException("Recipient " + recipientId));
		jdbc.sql("DELETE FROM award_recipients WHERE id = ?").param(r.id()).update();
		audit.record(actor.username(), AuditAction.DELETE, RECORD, String.valueOf(r.id()), state(r.name(), r.position(), r.citation()), null);
	}

	/** A decision whose recipients may still change: a draft, or one recorded from paper; the actor manages it. */
	private Decision changeable(long decisionId, Actor actor) {
		Decision decision = decisions.require(decisionId, Permission.MANAGE, actor);
		if (decision.issuedHere()
				|| jdbc.sql("UPDATE award_decisions SET version = version WHERE id = ? AND issued_here = FALSE").param(decisionId).update() == 0) {
			new Violations().add("recipient_name", "awards.decisionFrozen").throwIfAny();
		}
		return decision;
	}

	private static Map<String, Object> state(String name, String position, String citation) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", name);
		if (position != null) {
			state.put("position", position);
		}
		if (citation != null) {
			state.put("citation", citation);
		}
		return state;
	}

	static Recipient map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		return new Recipient(rs.getLong("id"), rs.getLong("decision_id"), RecipientType.valueOf(rs.getString("recipient_type")),
				rs.getString("recipient_name"), unitId, personId, rs.getString("position"), rs.getString("citation"),
				rs.getLong("scope_unit_id"), rs.getObject("decision_date", LocalDate.class), rs.getObject("revoked_on", LocalDate.class),
				rs.getString("revoked_reason"));
	}
}

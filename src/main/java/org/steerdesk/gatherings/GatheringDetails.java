package org.steerdesk.gatherings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * A gathering's people (chairs, speakers and attendees taken from the officials, each kept with the
 * name, position and unit as they were when added, so later changes never rewrite a past event),
 * their attendance, the agenda and the chair's conclusions, each line addressable. Every change is
 * audited on the gathering.
 */
@Service
@Transactional(readOnly = true)
public class GatheringDetails {

	/** A person at a gathering, as they were then. */
	public record Participant(long id, Long personId, GatheringRole role, String fullName, String position, String unitName,
			Attendance attendance) {
	}

	/** An agenda item: its time ("HH:MM", if known), title and presenter. */
	public record AgendaItem(long id, String time, String title, String presenter) {
	}

	/** One of the chair's conclusions or directions, a line of its own. */
	public record Conclusion(long id, String text) {
	}

	/** A unit that attended, with its name as it was then. */
	public record AttendingUnit(long id, long unitId, String name) {
	}

	/** Everything below a gathering's record. */
	public record Details(List<Participant> people, List<AttendingUnit> units, List<AgendaItem> agenda, List<Conclusion> conclusions,
			List<org.steerdesk.files.StoredFile> files) {
	}

	/** A gathering a person chaired, spoke at or attended, for the person's page. */
	public record Part(Gathering gathering, GatheringRole role, Attendance attendance) {
	}

	static final int MAX_LINES = 200;

	private final JdbcClient jdbc;

	private final Gatherings gatherings;

	private final People people;

	private final Units units;

	private final AuditLog audit;

	private final org.steerdesk.files.Files files;

	GatheringDetails(JdbcClient jdbc, Gatherings gatherings, People people, Units units, AuditLog audit, org.steerdesk.files.Files files) {
		this.files = files;
		this.jdbc = jdbc;
		this.gatherings = gatherings;
		this.people = people;
		this.units = units;
		this.audit = audit;
	}

	public Details of(Gathering gathering) {
		return new Details(jdbc.sql("SELECT * FROM gathering_people WHERE gathering_id = ? ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'SPEAKER' THEN 1 ELSE 2 END, id")
			.param(gathering.id())
			.query((rs, n) -> new Participant(rs.getLong("id"), rs.getObject("person_id") == null ? null : rs.getLong("person_id"),
					GatheringRole.valueOf(rs.getString("role")), rs.getString("full_name"), rs.getString("position"), rs.getString("unit_name"),
					Attendance.valueOf(rs.getString("attendance"))))
			.list(),
				jdbc.sql("SELECT * FROM gathering_units WHERE gathering_id = ? ORDER BY id")
					.param(gathering.id())
					.query((rs, n) -> new AttendingUnit(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name")))
					.list(),
				jdbc.sql("SELECT * FROM gathering_agenda WHERE gathering_id = ? ORDER BY at_time, id")
					.param(gathering.id())
					.query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getString("at_time"), rs.getString("title"), rs.getString("presenter")))
					.list(),
				jdbc.sql("SELECT * FROM gathering_conclusions WHERE gathering_id = ? ORDER BY id")
					.param(gathering.id())
					.query((rs, n) -> new Conclusion(rs.getLong("id"), rs.getString("text")))
					.list(),
				files.of(Gatherings.RECORD, gathering.code()));
	}

	/** The gatherings a person took part in, newest first. */
	public List<Part> partsOf(long personId) {
		return jdbc.sql("""
				SELECT g.*, p.role AS part_role, p.attendance AS part_attendance FROM gathering_people p
				JOIN gatherings g ON g.id = p.gathering_id WHERE p.person_id = ? ORDER BY g.start_date DESC, g.id DESC""")
			.param(personId)
			.query((rs, n) -> new Part(Gatherings.map(rs, n), GatheringRole.valueOf(rs.getString("part_role")),
					Attendance.valueOf(rs.getString("part_attendance"))))
			.list();
	}

	/** Adds an official (by code or exact name) in a role, kept as they are today. */
	@Transactional
	public void addPerson(String code, String official, GatheringRole role, Actor actor, Locale locale) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		People.AsOfToday named = people.named(official, "person", violations);
		if (role == null) {
			violations.add("role", "validation.required");
		}
		full(gathering, "gathering_people", "person", violations);
		violations.throwIfAny();
		Person person = named.person();
		String unitName = named.unitName();
		jdbc.sql("INSERT INTO gathering_people (gathering_id, person_id, role, full_name, position, unit_name) VALUES (?, ?, ?, ?, ?, ?)")
			.params(gathering.id(), person.id(), role.name(), person.fullName(), person.position(), unitName)
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, null,
				Map.of("person", person.code(), "role", role.name()));
	}

	/** Adds an attending unit (by code or name; once), kept with its name as it is today. */
	@Transactional
	public void addUnit(String code, String unitText, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		org.steerdesk.org.OrgUnit unit = unitText == null || unitText.isBlank() ? null : units.byCodeOrName(unitText).orElse(null);
		if (unit == null) {
			violations.add("unit", unitText == null || unitText.isBlank() ? "validation.required" : "validation.unknownUnit",
					Violations.shown(unitText));
		}
		else if (jdbc.sql("SELECT COUNT(*) FROM gathering_units WHERE gathering_id = ? AND unit_id = ?").params(gathering.id(), unit.id())
			.query(Long.class).single() > 0) {
			violations.add("unit", "gatherings.unitTwice", unit.name(Locale.forLanguageTag("vi")));
		}
		full(gathering, "gathering_units", "unit", violations);
		violations.throwIfAny();
		jdbc.sql("INSERT INTO gathering_units (gathering_id, unit_id, unit_name) VALUES (?, ?, ?)")
			.params(gathering.id(), unit.id(), unit.name(Locale.forLanguageTag("vi")))
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, null, Map.of("unit", unit.code()));
	}

	@Transactional
	public void setAttendance(String code, long participantId, Attendance attendance, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		if (attendance == null) {
			new Violations().add("attendance", "validation.required").throwIfAny();
		}
		if (jdbc.sql("UPDATE gathering_people SET attendance = ? WHERE id = ? AND gathering_id = ?")
			.params(attendance.name(), participantId, gathering.id())
			.update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, null,
					Map.of("participant", participantId, "attendance", attendance.name()));
		}
	}

	@Transactional
	public void addAgendaItem(String code, String time, String title, String presenter, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		String at = VietnameseText.nfc(time);
		if (at != null) {
			try {
				at = LocalTime.parse(at.strip(), DateTimeFormatter.ofPattern("H:mm")).format(DateTimeFormatter.ofPattern("HH:mm"));
			}
			catch (java.time.format.DateTimeParseException e) {
				violations.add("time", "gatherings.timeInvalid", Violations.shown(at));
			}
		}
		String what = violations.text(title, "title", 500, true);
		String who = violations.text(presenter, "presenter", 300, false);
		full(gathering, "gathering_agenda", "title", violations);
		violations.throwIfAny();
		jdbc.sql("INSERT INTO gathering_agenda (gathering_id, at_time, title, presenter) VALUES (?, ?, ?, ?)")
			.params(gathering.id(), at, what, who)
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, null, Map.of("agenda", what));
	}

	@Transactional
	public void addConclusion(String code, String text, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		String line = violations.text(text, "conclusion", 2000, true);
		full(gathering, "gathering_conclusions", "conclusion", violations);
		violations.throwIfAny();
		jdbc.sql("INSERT INTO gathering_conclusions (gathering_id, text) VALUES (?, ?)").params(gathering.id(), line).update();
		audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, null, Map.of("conclusion", line));
	}

	/** Removes a person, an agenda item or a conclusion ({@code part}: people, agenda, conclusions) of the gathering. */
	@Transactional
	public void remove(String code, String part, long id, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		String table = switch (part) {
			case "people" -> "gathering_people";
			case "units" -> "gathering_units";
			case "agenda" -> "gathering_agenda";
			case "conclusions" -> "gathering_conclusions";
			default -> throw new org.steerdesk.shared.NotFoundException("Part " + part);
		};
		if (jdbc.sql("DELETE FROM " + table + " WHERE id = ? AND gathering_id = ?").params(id, gathering.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, Gatherings.RECORD, code, Map.of(part, id), null);
		}
	}

	private void full(Gathering gathering, String table, String field, Violations violations) {
		long lines = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE gathering_id = ?").param(gathering.id()).query(Long.class).single();
		if (lines >= MAX_LINES) {
			violations.add(field, "validation.atMost", lines, MAX_LINES);
		}
	}
}

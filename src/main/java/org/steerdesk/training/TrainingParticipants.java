package org.steerdesk.training;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.People;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

/**
 * A course's named participants: officials kept with their name, position and unit as they were
 * when added, and whether each completed the course. Every change is audited on the course.
 */
@Service
@Transactional(readOnly = true)
public class TrainingParticipants {

	/** A named participant, as they were then. */
	public record Participant(long id, Long personId, String fullName, String position, String unitName, boolean completed) {
	}

	/** A course a person took, for the person's page. */
	public record Taken(Training training, boolean completed) {
	}

	static final int MAX_NAMED = 2_000;

	private final JdbcClient jdbc;

	private final Trainings trainings;

	private final People people;

	private final AuditLog audit;

	TrainingParticipants(JdbcClient jdbc, Trainings trainings, People people, AuditLog audit) {
		this.jdbc = jdbc;
		this.trainings = trainings;
		this.people = people;
		this.audit = audit;
	}

	public List<Participant> of(Training training) {
		return jdbc.sql("SELECT * FROM training_participants WHERE training_id = ? ORDER BY id")
			.param(training.id())
			.query((rs, n) -> new Participant(rs.getLong("id"), rs.getObject("person_id") == null ? null : rs.getLong("person_id"),
					rs.getString("full_name"), rs.getString("position"), rs.getString("unit_name"), rs.getBoolean("completed")))
			.list();
	}

	/** The courses a person took, newest first. */
	public List<Taken> takenBy(long personId) {
		return jdbc.sql("""
				SELECT t.*, p.completed AS taken_completed FROM training_participants p JOIN trainings t ON t.id = p.training_id
				WHERE p.person_id = ? ORDER BY t.start_date DESC, t.id DESC""")
			.param(personId)
			.query((rs, n) -> new Taken(Trainings.map(rs, n), rs.getBoolean("taken_completed")))
			.list();
	}

	/** Adds an official (by code or exact name) to the course, kept as they are today. */
	@Transactional
	public void add(String code, String official, Actor actor) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		People.AsOfToday person = people.named(official, "person", violations);
		long named = jdbc.sql("SELECT COUNT(*) FROM training_participants WHERE training_id = ?").param(training.id()).query(Long.class).single();
		if (named >= MAX_NAMED) {
			violations.add("person", "validation.atMost", named, MAX_NAMED);
		}
		violations.throwIfAny();
		jdbc.sql("INSERT INTO training_participants (training_id, person_id, full_name, position, unit_name) VALUES (?, ?, ?, ?, ?)")
			.params(training.id(), person.person().id(), person.person().fullName(), person.person().position(), person.unitName())
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Trainings.RECORD, code, null, Map.of("participant", person.person().code()));
	}

	@Transactional
	public void setCompleted(String code, long participantId, boolean completed, Actor actor) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		if (jdbc.sql("UPDATE training_participants SET completed = ? WHERE id = ? AND training_id = ?")
			.params(completed, participantId, training.id())
			.update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, Trainings.RECORD, code, null,
					Map.of("participant", participantId, "completed", completed));
		}
	}

	@Transactional
	public void remove(String code, long participantId, Actor actor) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		if (jdbc.sql("DELETE FROM training_participants WHERE id = ? AND training_id = ?").params(participantId, training.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, Trainings.RECORD, code, Map.of("participant", participantId), null);
		}
	}
}

package org.steerdesk.training;

import java.util.LinkedHashMap;
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
 * A course's trainers: an official of the province (kept with the name, position and unit they had
 * when added) or a person from outside (a lecturer of an academy, a journalist of a central agency)
 * named with their position and organisation; each with the topic they taught. Audited on the course.
 */
@Service
@Transactional(readOnly = true)
public class TrainingTrainers {

	/** A trainer, as they were then; {@code personId} is null for a person from outside. */
	public record Trainer(long id, Long personId, String fullName, String position, String unitName, String topic) {
	}

	/** A course a person taught, for the person's page. */
	public record Taught(Training training, String topic) {
	}

	static final int MAX_TRAINERS = 100;

	private final JdbcClient jdbc;

	private final Trainings trainings;

	private final People people;

	private final AuditLog audit;

	TrainingTrainers(JdbcClient jdbc, Trainings trainings, People people, AuditLog audit) {
		this.jdbc = jdbc;
		this.trainings = trainings;
		this.people = people;
		this.audit = audit;
	}

	public List<Trainer> of(Training training) {
		return jdbc.sql("SELECT * FROM training_trainers WHERE training_id = ? ORDER BY id")
			.param(training.id())
			.query((rs, n) -> new Trainer(rs.getLong("id"), rs.getObject("person_id") == null ? null : rs.getLong("person_id"),
					rs.getString("full_name"), rs.getString("position"), rs.getString("unit_name"), rs.getString("topic")))
			.list();
	}

	/** The courses a person taught, newest first. */
	public List<Taught> taughtBy(long personId) {
		return jdbc.sql("""
				SELECT t.*, r.topic AS taught_topic FROM training_trainers r JOIN trainings t ON t.id = r.training_id
				WHERE r.person_id = ? ORDER BY t.start_date DESC, t.id DESC""")
			.param(personId)
			.query((rs, n) -> new Taught(Trainings.map(rs, n), rs.getString("taught_topic")))
			.list();
	}

	/**
	 * Adds a trainer: an official (by code or name, {@code official}), or else a person from outside
	 * ({@code name} with {@code position}, their title and organisation) — one of the two, not both.
	 */
	@Transactional
	public void add(String code, String official, String name, String position, String topic, Actor actor) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		String outsider = violations.text(name, "name", 200, false);
		String title = violations.text(position, "position", 500, false);
		String taught = violations.text(topic, "topic", 500, false);
		boolean named = official != null && !official.isBlank();
		if (named == (outsider != null)) {
			violations.add(named ? "name" : "official", "training.trainerOneOf");
		}
		else if (!named && title == null) {
			violations.add("position", "validation.required");
		}
		People.AsOfToday person = named ? people.named(official, "official", violations) : null;
		long held = jdbc.sql("SELECT COUNT(*) FROM training_trainers WHERE training_id = ?").param(training.id()).query(Long.class).single();
		if (held >= MAX_TRAINERS) {
			violations.add("official", "validation.atMost", held, MAX_TRAINERS);
		}
		violations.throwIfAny();
		Map<String, Object> after = new LinkedHashMap<>();
		if (person != null) {
			jdbc.sql("INSERT INTO training_trainers (training_id, person_id, full_name, position, unit_name, topic) VALUES (?, ?, ?, ?, ?, ?)")
				.params(training.id(), person.person().id(), person.person().fullName(), person.person().position(), person.unitName(), taught)
				.update();
			after.put("trainer", person.person().code());
		}
		else {
			jdbc.sql("INSERT INTO training_trainers (training_id, full_name, position, topic) VALUES (?, ?, ?, ?)")
				.params(training.id(), outsider, title, taught)
				.update();
			after.put("trainer", outsider);
		}
		if (taught != null) {
			after.put("topic", taught);
		}
		audit.record(actor.username(), AuditAction.UPDATE, Trainings.RECORD, training.code(), null, after);
	}

	@Transactional
	public void remove(String code, long trainerId, Actor actor) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		if (jdbc.sql("DELETE FROM training_trainers WHERE id = ? AND training_id = ?").params(trainerId, training.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, Trainings.RECORD, training.code(), Map.of("trainer", trainerId), null);
		}
	}
}

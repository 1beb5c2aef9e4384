package org.steerdesk.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/** Training courses: read in the actor's scope, written through the records kit; completed never exceeds participants. */
@Service
@Transactional(readOnly = true)
public class Trainings {

	static final String RECORD = "training";

	/** The most people a course's counts may name. */
	static final long MAX_PEOPLE = 1_000_000;

	/** The most hours a course may last. */
	static final long MAX_HOURS = 10_000;

	static final RecordTable TABLE = RecordTable.of("trainings", RECORD, Column.code("code"), Column.text("title", 500).required(),
			Column.text("target_group", 20).required(), Column.date("start_date").required(), Column.date("end_date").required(),
			Column.number("hours"), Column.number("unit_id").field("organiser_unit_code").required(), Column.number("participants"),
			Column.number("completed"), Column.text("search_key", 1200).derived());

	private final Units units;

	private final OrgAccess access;

	private final Records records;

	Trainings(Units units, OrgAccess access, Records records) {
		this.units = units;
		this.access = access;
		this.records = records;
	}

	/** A course's page: the record, its organising unit, and whether the actor may edit it. */
	public record View(Training training, OrgUnit unit, boolean mayEdit) {
	}

	/** The course with this code, which the actor may read. */
	public View view(String code, Actor actor) {
		Training training = require(code, Permission.READ, actor);
		return new View(training, units.byId(training.unitId()).orElseThrow(), access.may(actor, Permission.EDIT_RECORDS, training.unitId()));
	}

	/**
	 * The course with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Training require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Training::unitId, permission, actor, "Training " + code);
	}

	public Optional<Training> byCode(String code) {
		return records.byKey(TABLE, code, Trainings::map);
	}

	/**
	 * Creates or updates the course with the draft's code, as the actor, who must edit records of the
	 * organising unit (and of the unit it had before).
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public SaveOutcome save(TrainingDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		Violations violations = values.violations();
		String code = values.text("code", draft.code());
		String title = values.text("title", draft.title());
		values.put("target_group", draft.targetGroup());
		values.put("start_date", draft.startDate());
		values.put("end_date", draft.endDate());
		if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
			violations.add("end_date", "validation.endBeforeStart");
		}
		values.count("hours", draft.hours(), MAX_HOURS);
		Long participants = values.count("participants", draft.participants(), MAX_PEOPLE);
		Long completed = values.count("completed", draft.completed(), MAX_PEOPLE);
		if (completed != null && (participants == null || completed > participants)) {
			violations.add("completed", "training.completedAboveParticipants", participants == null ? 0 : participants);
		}
		OrgUnit unit = units.referenced(draft.organiserUnitCode(), "organiser_unit_code", Permission.EDIT_RECORDS, actor, violations);
		values.put("unit_id", unit == null ? null : unit.id());
		values.searchKey("search_key", code, title);
		values.throwIfAny();
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.EDIT_RECORDS, existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	static Training map(ResultSet rs, int row) throws SQLException {
		return new Training(rs.getLong("id"), rs.getString("code"), rs.getString("title"), TargetGroup.valueOf(rs.getString("target_group")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), nullable(rs, "hours"),
				rs.getLong("unit_id"), nullable(rs, "participants"), nullable(rs, "completed"), rs.getInt("version"));
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}

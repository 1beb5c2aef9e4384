package org.steerdesk.gatherings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

/** Events and conferences: read in the actor's scope, written through the records kit. */
@Service
@Transactional(readOnly = true)
public class Gatherings {

	static final String RECORD = "gathering";

	/** The most people a gathering's counts may name. */
	static final long MAX_PEOPLE = 10_000_000;

	static final RecordTable TABLE = RecordTable.of("gatherings", RECORD, Column.code("code"),
			Column.text("gathering_type", 20).field("type").required(), Column.text("title", 500).required(),
			Column.date("start_date").field("start").required(), Column.text("start_time", 5).field("start_time"),
			Column.date("end_date").field("end"), Column.text("end_time", 5).field("end_time"), Column.text("place", 500),
			Column.flag("online"), Column.number("unit_id").field("organiser_unit_code").required(), Column.number("participants"),
			Column.number("foreign_participants"), Column.flag("promotes_image"), Column.text("search_key", 1200).derived());

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Units units;

	private final OrgAccess access;

	private final Records records;

	Gatherings(Units units, OrgAccess access, Records records) {
		this.units = units;
		this.access = access;
		this.records = records;
	}

	/** A gathering's page: the record, its organising unit, and whether the actor may edit it. */
	public record View(Gathering gathering, OrgUnit unit, boolean mayEdit) {
	}

	/** The gathering with this code, which the actor may read. */
	public View view(String code, Actor actor) {
		Gathering gathering = require(code, Permission.READ, actor);
		return new View(gathering, units.byId(gathering.unitId()).orElseThrow(), access.may(actor, Permission.EDIT_RECORDS, gathering.unitId()));
	}

	/**
	 * The gathering with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Gathering require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Gathering::unitId, permission, actor, "Gathering " + code);
	}

	public Optional<Gathering> byCode(String code) {
		return records.byKey(TABLE, code, Gatherings::map);
	}

	/**
	 * Creates or updates the gathering with the draft's code, as the actor, who must edit records of
	 * the organising unit (and of the unit it had before).
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public SaveOutcome save(GatheringDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		Violations violations = values.violations();
		String code = values.text("code", draft.code());
		values.put("gathering_type", draft.type());
		String title = values.text("title", draft.title());
		values.put("start_date", draft.start() == null ? null : draft.start().toLocalDate());
		values.text("start_time", draft.start() != null && draft.startHasTime() ? draft.start().toLocalTime().format(TIME) : null);
		values.put("end_date", draft.end() == null ? null : draft.end().toLocalDate());
		values.text("end_time", draft.end() != null && draft.endHasTime() ? draft.end().toLocalTime().format(TIME) : null);
		if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
			violations.add("end", "validation.endBeforeStart");
		}
		String place = values.text("place", draft.place());
		values.put("online", Boolean.TRUE.equals(draft.online()));
		values.put("promotes_image", Boolean.TRUE.equals(draft.promotesImage()));
		values.count("participants", draft.participants(), MAX_PEOPLE);
		values.count("foreign_participants", draft.foreignParticipants(), MAX_PEOPLE);
		if (draft.participants() != null && draft.foreignParticipants() != null && draft.foreignParticipants() > draft.participants()) {
			violations.add("foreign_participants", "gatherings.foreignAboveAll", draft.participants());
		}
		OrgUnit unit = units.referenced(draft.organiserUnitCode(), "organiser_unit_code", Permission.EDIT_RECORDS, actor, violations);
		values.put("unit_id", unit == null ? null : unit.id());
		values.searchKey("search_key", code, title, place);
		values.throwIfAny();
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.EDIT_RECORDS, existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	static Gathering map(ResultSet rs, int row) throws SQLException {
		long participants = rs.getLong("participants");
		Long all = rs.wasNull() ? null : participants;
		long foreign = rs.getLong("foreign_participants");
		Long foreigners = rs.wasNull() ? null : foreign;
		return new Gathering(rs.getLong("id"), rs.getString("code"), GatheringType.valueOf(rs.getString("gathering_type")),
				rs.getString("title"), rs.getObject("start_date", LocalDate.class), rs.getString("start_time"),
				rs.getObject("end_date", LocalDate.class), rs.getString("end_time"), rs.getString("place"), rs.getBoolean("online"),
				rs.getLong("unit_id"), all, foreigners, rs.getBoolean("promotes_image"), rs.getInt("version"));
	}
}

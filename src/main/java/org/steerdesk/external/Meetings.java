package org.steerdesk.external;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** Meetings with foreign partners (online or in person) and their follow-up actions. */
@Service
@Transactional(readOnly = true)
public class Meetings {

	static final String RECORD = "meeting";

	static final RecordTable TABLE = RecordTable.of("ext_meetings", RECORD, Column.code("code"),
			Column.date("meeting_date").as("date").required(), Column.text("mode", 10).required(),
			Column.text("partner", 400).required(), Column.number("partner_id").derived(), Column.text("country", 2).required(),
			Column.text("topic", 1000).required(), Column.number("unit_id").field("unit_code").required(),
			Column.text("outcome", 4000), Column.text("search_key", 1500).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Partners partners;

	private final AuditLog audit;

	private final Records records;

	Meetings(JdbcClient jdbc, Units units, OrgAccess access, Partners partners, AuditLog audit, Records records) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.partners = partners;
		this.audit = audit;
		this.records = records;
	}

	/** A meeting's page: the record, its unit, its partner's record, its follow-up actions, and whether the actor may edit it. */
	public record View(Meeting meeting, OrgUnit unit, Partner partner, List<MeetingAction> actions, boolean mayEdit) {
	}

	/** The meeting with this code, which the actor may read. */
	public View view(String code, Actor actor) {
		Meeting meeting = require(code, Permission.READ, actor);
		return new View(meeting, units.byId(meeting.unitId()).orElseThrow(),
				meeting.partnerId() == null ? null : partners.byId(meeting.partnerId()).orElse(null), actions(meeting.id()),
				access.may(actor, Permission.EDIT_RECORDS, meeting.unitId()));
	}

	/**
	 * The meeting with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Meeting require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Meeting::unitId, permission, actor, "Meeting " + code);
	}

	public Optional<Meeting> byCode(String code) {
		return records.byKey(TABLE, code, Meetings::map);
	}

	public List<Meeting> ofPartner(long partnerId) {
		return records.where(TABLE, "partner_id", partnerId, "meeting_date DESC", Meetings::map);
	}

	public List<MeetingAction> actions(long meetingId) {
		return jdbc.sql("SELECT * FROM ext_meeting_actions WHERE meeting_id = ? ORDER BY due_date, id")
			.param(meetingId)
			.query((rs, n) -> new MeetingAction(rs.getLong("id"), rs.getString("action"), rs.getString("owner"),
					rs.getObject("due_date", LocalDate.class), rs.getBoolean("done")))
			.list();
	}

	@Transactional
	public SaveOutcome save(MeetingDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		String code = values.text("code", draft.code());
		values.put("meeting_date", draft.date());
		values.put("mode", draft.mode());
		String partner = values.text("partner", draft.partner());
		Country country = Country.of(draft.country());
		if (country == null) {
			values.violations().add("country", draft.country() == null || draft.country().isBlank() ? "validation.required"
					: "external.members.country", String.valueOf(draft.country()));
		}
		values.put("country", country == null ? null : country.code());
		String topic = values.text("topic", draft.topic());
		values.text("outcome", draft.outcome());
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, values.violations());
		values.put("unit_id", unit == null ? null : unit.id());
		values.throwIfAny();
		values.put("partner_id", partners.byCodeOrName(partner).map(Partner::id).orElse(null));
		values.searchKey("search_key", code, partner, topic);
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.EDIT_RECORDS, existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	/** Adds a follow-up action with its owner and due date. */
	@Transactional
	public void addAction(String meetingCode, String action, String owner, LocalDate due, Actor actor) {
		Meeting meeting = require(meetingCode, Permission.EDIT_RECORDS, actor);
		Violations violations = new Violations();
		String text = VietnameseText.nfc(action);
		String who = VietnameseText.nfc(owner);
		if (text == null) {
			violations.add("action", "validation.required");
		}
		if (who == null) {
			violations.add("owner", "validation.required");
		}
		violations.throwIfAny();
		jdbc.sql("INSERT INTO ext_meeting_actions (meeting_id, action, owner, due_date) VALUES (?, ?, ?, ?)")
			.params(meeting.id(), text, who, due)
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, meetingCode, null, Map.of("action", text, "owner", who));
	}

	@Transactional
	public void completeAction(String meetingCode, long actionId, Actor actor) {
		Meeting meeting = require(meetingCode, Permission.EDIT_RECORDS, actor);
		if (jdbc.sql("UPDATE ext_meeting_actions SET done = TRUE WHERE id = ? AND meeting_id = ?").params(actionId, meeting.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, meetingCode, null, Map.of("action_done", actionId));
		}
	}

	static Meeting map(ResultSet rs, int row) throws SQLException {
		long partner = rs.getLong("partner_id");
		Long partnerId = rs.wasNull() ? null : partner;
		return new Meeting(rs.getLong("id"), rs.getString("code"), rs.getObject("meeting_date", LocalDate.class),
				MeetingMode.valueOf(rs.getString("mode")), rs.getString("partner"), partnerId, rs.getString("country").strip(),
				rs.getString("topic"), rs.getLong("unit_id"), rs.getString("outcome"), rs.getInt("version"));
	}
}

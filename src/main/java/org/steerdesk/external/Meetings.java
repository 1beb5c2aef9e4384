package org.steerdesk.external;

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
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** Meetings with foreign partners (online or in person) and their follow-up actions. */
@Service
@Transactional(readOnly = true)
public class Meetings {

	static final String RECORD = "meeting";

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Partners partners;

	private final AuditLog audit;

	Meetings(JdbcClient jdbc, Units units, OrgAccess access, Partners partners, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.partners = partners;
		this.audit = audit;
	}

	public Optional<Meeting> byCode(String code) {
		return jdbc.sql("SELECT * FROM ext_meetings WHERE code = ?").param(code).query(Meetings::map).optional();
	}

	public List<Meeting> ofPartner(long partnerId) {
		return jdbc.sql("SELECT * FROM ext_meetings WHERE partner_id = ? ORDER BY meeting_date DESC").param(partnerId).query(Meetings::map).list();
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
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String partner = VietnameseText.nfc(draft.partner());
		String topic = VietnameseText.nfc(draft.topic());
		String outcome = VietnameseText.nfc(draft.outcome());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (draft.date() == null) {
			violations.add("date", "validation.required");
		}
		if (draft.mode() == null) {
			violations.add("mode", "validation.required");
		}
		if (partner == null) {
			violations.add("partner", "validation.required");
		}
		Country country = Country.of(draft.country());
		if (country == null) {
			violations.add("country", draft.country() == null || draft.country().isBlank() ? "validation.required"
					: "external.members.country", String.valueOf(draft.country()));
		}
		if (topic == null) {
			violations.add("topic", "validation.required");
		}
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, violations);
		violations.throwIfAny();
		Optional<Meeting> existing = byCode(code);
		if (existing.isPresent() && !access.may(actor, Permission.EDIT_RECORDS, existing.get().unitId())) {
			violations.add("code", "error.access.unit", code).throwIfAny();
		}
		Long partnerId = partners.byCode(partner).map(Partner::id).orElse(null);
		String searchKey = VietnameseText.searchKey(code + " " + partner + " " + topic);
		if (existing.isEmpty()) {
			Sql.insert(jdbc, """
					INSERT INTO ext_meetings (code, meeting_date, mode, partner, partner_id, country, topic, unit_id, outcome, search_key)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", code, draft.date(), draft.mode().name(), partner, partnerId, country.code(),
					topic, unit.id(), outcome, searchKey);
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byCode(code).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		Meeting before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (before.date().equals(draft.date()) && before.mode() == draft.mode() && before.partner().equals(partner)
				&& before.country().equals(country.code()) && before.topic().equals(topic) && before.unitId() == unit.id()
				&& Objects.equals(before.outcome(), outcome)) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE ext_meetings SET meeting_date = ?, mode = ?, partner = ?, partner_id = ?, country = ?, topic = ?, unit_id = ?,
				outcome = ?, search_key = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(draft.date(), draft.mode().name(), partner, partnerId, country.code(), topic, unit.id(), outcome, searchKey,
					before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byCode(code).orElseThrow()));
		return SaveOutcome.UPDATED;
	}

	/** Adds a follow-up action with its owner and due date. */
	@Transactional
	public void addAction(String meetingCode, String action, String owner, LocalDate due, Actor actor) {
		Meeting meeting = byCode(meetingCode).orElseThrow(() -> new NotFoundException("Meeting " + meetingCode));
		access.require(actor, Permission.EDIT_RECORDS, meeting.unitId());
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
		Meeting meeting = byCode(meetingCode).orElseThrow(() -> new NotFoundException("Meeting " + meetingCode));
		access.require(actor, Permission.EDIT_RECORDS, meeting.unitId());
		if (jdbc.sql("UPDATE ext_meeting_actions SET done = TRUE WHERE id = ? AND meeting_id = ?").params(actionId, meeting.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, meetingCode, null, Map.of("action_done", actionId));
		}
	}

	private Map<String, Object> describe(Meeting m) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", m.code());
		state.put("date", m.date().toString());
		state.put("mode", m.mode().name());
		state.put("partner", m.partner());
		state.put("country", m.country());
		state.put("topic", m.topic());
		state.put("unit_id", m.unitId());
		state.put("outcome", m.outcome());
		return state;
	}

	static Meeting map(ResultSet rs, int row) throws SQLException {
		long partner = rs.getLong("partner_id");
		Long partnerId = rs.wasNull() ? null : partner;
		return new Meeting(rs.getLong("id"), rs.getString("code"), rs.getObject("meeting_date", LocalDate.class),
				MeetingMode.valueOf(rs.getString("mode")), rs.getString("partner"), partnerId, rs.getString("country").strip(),
				rs.getString("topic"), rs.getLong("unit_id"), rs.getString("outcome"), rs.getInt("version"));
	}
}

package org.steerdesk.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Nominations: a unit's editors propose collectives and individuals for a campaign (each with
 * achievements, and evidence files); the authority's secretariat accepts the proposal or returns it
 * with a reason, which the unit sees and may answer by resubmitting. Readers of the unit and the
 * authority's secretariat read it. The same name proposed twice in a campaign is flagged.
 */
@Service
@Transactional(readOnly = true)
public class Nominations {

	static final String RECORD = "award-nomination";

	static final RecordTable CHECKS = RecordTable.of("award_nominations", RECORD, Column.text("campaign", 500).required(),
			Column.text("return_reason", 1000).as("reason").required(), Column.text("achievements", 2000));

	static final int MAX_NOMINEES = 500;

	private final JdbcClient jdbc;

	private final Authorities authorities;

	private final Recipients recipients;

	private final Units units;

	private final OrgAccess access;

	private final AuditLog audit;

	Nominations(JdbcClient jdbc, Authorities authorities, Recipients recipients, Units units, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.recipients = recipients;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	/** What the actor may do with a nomination: read it, change it (its unit's editors), decide on it (the authority's secretariat). */
	public enum Right {
		READ, CHANGE, DECIDE
	}

	public Nomination require(long id, Right right, Actor actor) {
		Nomination n = jdbc.sql("SELECT * FROM award_nominations WHERE id = ?").param(id).query(Nominations::map).optional()
			.orElseThrow(() -> new NotFoundException("Nomination " + id));
		long authorityUnit = authorities.get(n.authorityId()).unitId();
		boolean ok = switch (right) {
			case READ -> access.may(actor, Permission.READ, n.unitId()) || access.may(actor, Permission.MANAGE, authorityUnit);
			case CHANGE -> access.may(actor, Permission.EDIT_RECORDS, n.unitId());
			case DECIDE -> access.may(actor, Permission.MANAGE, authorityUnit);
		};
		if (!ok) {
			throw new AccessDeniedException("error.access.scope");
		}
		return n;
	}

	/** The nominations the actor may read, newest first (at most 500), of a campaign's words if given. */
	public List<Nomination> list(String campaign, NominationStatus status, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new java.util.ArrayList<>();
		if (campaign != null && !campaign.isBlank()) {
			where.append(" AND campaign_key LIKE ?");
			// a search is at most a campaign's length
			params.add(Sql.contains(VietnameseText.searchKey(campaign.length() > 500 ? campaign.substring(0, 500) : campaign)));
		}
		if (status != null) {
			where.append(" AND status = ?");
			params.add(status.name());
		}
		Map<Long, Long> authorityUnits = new java.util.HashMap<>();
		authorities.all().forEach(a -> authorityUnits.put(a.id(), a.unitId()));
		return jdbc.sql("SELECT * FROM award_nominations WHERE 1=1" + where + " ORDER BY id DESC FETCH FIRST 2000 ROWS ONLY").params(params)
			.query(Nominations::map).list().stream()
			.filter(n -> access.may(actor, Permission.READ, n.unitId())
					|| access.may(actor, Permission.MANAGE, authorityUnits.getOrDefault(n.authorityId(), -1L)))
			.limit(500)
			.toList();
	}

	/** A nomination's nominees, each flagged when proposed again in another nomination of the campaign that is not returned. */
	public List<Nominee> nominees(Nomination n) {
		return jdbc.sql("""
				SELECT e.*, (SELECT COUNT(*) FROM award_nominees o JOIN award_nominations m ON m.id = o.nomination_id
				  WHERE o.name_key = e.name_key AND o.recipient_type = e.recipient_type AND m.campaign_key = ? AND m.id <> e.nomination_id
				  AND m.status <> 'RETURNED') AS others
				FROM award_nominees e WHERE e.nomination_id = ? ORDER BY e.recipient_type, e.id""")
			.params(VietnameseText.searchKey(n.campaign()), n.id())
			.query((rs, i) -> {
				long unit = rs.getLong("unit_id");
				Long unitId = rs.wasNull() ? null : unit;
				long person = rs.getLong("person_id");
				Long personId = rs.wasNull() ? null : person;
				return new Nominee(rs.getLong("id"), n.id(), RecipientType.valueOf(rs.getString("recipient_type")), rs.getString("recipient_name"),
						unitId, personId, rs.getString("position"), rs.getString("achievements"), rs.getLong("others") > 0);
			})
			.list();
	}

	/**
	 * Starts a nomination of a unit the actor edits.
	 * @return its id
	 */
	@Transactional
	public long create(NominationDraft draft, Actor actor) {
		RecordValues values = CHECKS.values();
		Violations v = values.violations();
		String campaign = values.text("campaign", draft.campaign());
		Authority authority = draft.authorityCode() == null || draft.authorityCode().isBlank() ? null
				: authorities.byCode(draft.authorityCode()).orElse(null);
		if (authority == null) {
			v.add("authority_code", draft.authorityCode() == null || draft.authorityCode().isBlank() ? "validation.required"
					: "awards.unknownAuthority", Violations.shown(draft.authorityCode()));
		}
		if (draft.form() == null) {
			v.add("form", "validation.required");
		}
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, v);
		v.throwIfAny();
		long id = Sql.insert(jdbc, """
				INSERT INTO award_nominations (campaign, campaign_key, authority_id, form, unit_id, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?)""", campaign, VietnameseText.searchKey(campaign), authority.id(), draft.form().name(),
				unit.id(), actor.username(), OffsetDateTime.now());
		audit.record(actor.username(), AuditAction.CREATE, RECORD, String.valueOf(id), null,
				Map.of("campaign", campaign, "authority", authority.code(), "unit", unit.code()));
		return id;
	}

	/** Adds a proposed recipient to an open nomination; the same one twice in a nomination is refused. */
	@Transactional
	public void addNominee(long id, RecipientDraft draft, String achievements, Actor actor) {
		Nomination n = open(id, actor);
		Violations v = new Violations();
		Recipients.Resolved r = recipients.resolve(draft, v);
		RecordValues values = Recipients.CHECKS.values();
		String name = values.text("recipient_name", r.name());
		String position = values.text("position", r.position());
		RecordValues more = CHECKS.values();
		String achieved = more.text("achievements", achievements);
		values.violations().list().forEach(x -> v.add(x.field(), x.code(), x.args().toArray()));
		more.violations().list().forEach(x -> v.add(x.field(), x.code(), x.args().toArray()));
		if (draft.type() == RecipientType.COLLECTIVE && position != null) {
			v.add("position", "awards.collectiveHasNoPosition");
		}
		OrgUnit unit = r.unitCode() == null || r.unitCode().isBlank() ? null
				: units.referenced(r.unitCode(), "unit", Permission.EDIT_RECORDS, actor, v);
		if (unit == null && !v.has("unit")) {
			v.add("unit", "validation.required");
		}
		List<Nominee> held = nominees(n);
		if (name != null && held.stream().anyMatch(e -> e.type() == draft.type() && VietnameseText.searchKey(e.name()).equals(VietnameseText.searchKey(name)))) {
			v.add("recipient_name", "awards.nomineeTwice", name);
		}
		if (held.size() >= MAX_NOMINEES) {
			v.add("recipient_name", "validation.atMost", held.size(), MAX_NOMINEES);
		}
		v.throwIfAny();
		jdbc.sql("""
				INSERT INTO award_nominees (nomination_id, recipient_type, recipient_name, name_key, unit_id, person_id, position, achievements)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(n.id(), draft.type().name(), name, VietnameseText.searchKey(name), unit.id(), r.official() == null ? null : r.official().id(),
					position, achieved)
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, String.valueOf(id), null, Map.of("nominee", name, "type", draft.type().name()));
	}

	@Transactional
	public void removeNominee(long id, long nomineeId, Actor actor) {
		Nomination n = open(id, actor);
		if (jdbc.sql("DELETE FROM award_nominees WHERE id = ? AND nomination_id = ?").params(nomineeId, n.id()).update() > 0) {
			audit.record(actor.username(), AuditAction.UPDATE, RECORD, String.valueOf(id), Map.of("nominee", nomineeId), null);
		}
	}

	/** Nominations accepted and not yet in a decision, of the campaign, authority and form. */
	List<Nomination> acceptedOf(String campaign, long authorityId, AwardForm form) {
		return jdbc.sql("""
				SELECT * FROM award_nominations WHERE campaign_key = ? AND authority_id = ? AND form = ? AND status = 'ACCEPTED'
				AND decision_id IS NULL ORDER BY id""")
			.params(VietnameseText.searchKey(campaign), authorityId, form.name())
			.query(Nominations::map)
			.list();
	}

	/** Marks the nominations as made into the decision: each once (of two at once, the second answers 409 and, rolled back, drafts nothing). */
	void decided(List<Nomination> nominations, long decisionId) {
		for (Nomination n : nominations) {
			if (jdbc.sql("UPDATE award_nominations SET decision_id = ?, version = version + 1 WHERE id = ? AND decision_id IS NULL")
				.params(decisionId, n.id()).update() != 1) {
				throw new org.steerdesk.shared.StaleRecordException(RECORD + " " + n.id());
			}
		}
	}

	/** A nomination its unit may still change, for one of the unit's editors. */
	Nomination open(long id, Actor actor) {
		Nomination n = require(id, Right.CHANGE, actor);
		if (!n.open()) {
			new Violations().add("recipient_name", "awards.nominationClosed").throwIfAny();
		}
		return n;
	}

	static Nomination map(ResultSet rs, int row) throws SQLException {
		long decision = rs.getLong("decision_id");
		Long decisionId = rs.wasNull() ? null : decision;
		return new Nomination(rs.getLong("id"), rs.getString("campaign"), rs.getLong("authority_id"), AwardForm.valueOf(rs.getString("form")),
				rs.getLong("unit_id"), NominationStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), decisionId, rs.getInt("version"));
	}

}

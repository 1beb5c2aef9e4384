package org.steerdesk.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Commendation decisions: read by readers of the authority's unit, prepared and recorded by its
 * secretariat. A decision is a draft (no number; its recipients may change) until issued here, or
 * recorded as issued when it was signed elsewhere (a number and a date, never in the future).
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

	static final String RECORD = "award-decision";

	/** The decision's typed values, checked by their column (lengths, required). */
	static final RecordTable CHECKS = RecordTable.of("award_decisions", RECORD, Column.text("decision_number", 60),
			Column.date("decision_date"), Column.text("campaign", 500), Column.text("signer", 200));

	private final JdbcClient jdbc;

	private final Authorities authorities;

	private final OrgAccess access;

	private final AuditLog audit;

	Decisions(JdbcClient jdbc, Authorities authorities, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.access = access;
		this.audit = audit;
	}

	public Optional<Decision> byId(long id) {
		return jdbc.sql("SELECT * FROM award_decisions WHERE id = ?").param(id).query(Decisions::map).optional();
	}

	/**
	 * The decision's history and its recipients' (additions, changes, revocations), newest first, at
	 * most 200 entries; the caller has checked the actor reads the decision.
	 */
	public List<org.steerdesk.audit.AuditEntry> history(Decision decision) {
		List<org.steerdesk.audit.AuditEntry> entries = new java.util.ArrayList<>(
				audit.find(new org.steerdesk.audit.AuditFilter(null, RECORD, String.valueOf(decision.id()), null, null, null), 50));
		jdbc.sql("SELECT id FROM award_recipients WHERE decision_id = ? ORDER BY id FETCH FIRST 200 ROWS ONLY").param(decision.id())
			.query(Long.class).list()
			.forEach(id -> entries.addAll(audit.find(new org.steerdesk.audit.AuditFilter(null, Recipients.RECORD, String.valueOf(id), null, null,
					null), 10)));
		entries.sort(java.util.Comparator.comparing(org.steerdesk.audit.AuditEntry::at).reversed());
		return entries.stream().limit(200).toList();
	}

	/** The decision of an authority with this number, if recorded. */
	Optional<Decision> byNumber(long authorityId, String number) {
		return jdbc.sql("SELECT * FROM award_decisions WHERE authority_id = ? AND decision_number = ?")
			.params(authorityId, number)
			.query(Decisions::map)
			.optional();
	}

	/**
	 * The decision, on whose authority's unit the actor holds the permission; a reader may also read
	 * a decision that commends someone of their scope.
	 */
	public Decision require(long id, Permission permission, Actor actor) {
		Decision decision = byId(id).orElseThrow(() -> new NotFoundException("Decision " + id));
		long unit = authorities.get(decision.authorityId()).unitId();
		if (permission == Permission.READ && !access.may(actor, permission, unit)) {
			List<Long> scopes = jdbc.sql("SELECT DISTINCT scope_unit_id FROM award_recipients WHERE decision_id = ?").param(id)
				.query(Long.class).list();
			if (scopes.stream().anyMatch(u -> access.may(actor, permission, u))) {
				return decision;
			}
		}
		access.require(actor, permission, unit);
		return decision;
	}

	/**
	 * Creates a decision: a draft, or, with a number and a date, one recorded as issued.
	 * @return its id
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public long create(DecisionDraft draft, Actor actor) {
		RecordValues values = CHECKS.values();
		Violations v = values.violations();
		Authority authority = authority(draft.authorityCode(), "authority_code", actor, v);
		if (draft.form() == null) {
			v.add("form", "validation.required");
		}
		String number = values.text("decision_number", draft.number());
		String campaign = values.text("campaign", draft.campaign());
		String signer = values.text("signer", draft.signer());
		LocalDate date = draft.date();
		if (number != null && date == null) {
			v.add("decision_date", "validation.required");
		}
		if (number == null && date != null) {
			v.add("decision_number", "validation.required");
		}
		notInFuture(date, v);
		if (authority != null && number != null && byNumber(authority.id(), number).isPresent()) {
			v.add("decision_number", "awards.numberTaken", number);
		}
		v.throwIfAny();
		DecisionStatus status = number == null ? DecisionStatus.DRAFT : DecisionStatus.ISSUED;
		return insert(authority, number, date, draft.form(), campaign, signer, status, actor);
	}

	/**
	 * Changes a draft's authority, form, campaign or signer (its number and day come when it is issued);
	 * recipients named without a unit then count under the new authority's unit.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each field at fault
	 */
	@Transactional
	public void updateDraft(long id, DecisionDraft draft, Actor actor) {
		Decision decision = require(id, Permission.MANAGE, actor);
		RecordValues values = CHECKS.values();
		Violations v = values.violations();
		if (decision.issued()) {
			v.add("authority_code", "awards.alreadyIssued");
		}
		Authority authority = authority(draft.authorityCode(), "authority_code", actor, v);
		if (draft.form() == null) {
			v.add("form", "validation.required");
		}
		String campaign = values.text("campaign", draft.campaign());
		String signer = values.text("signer", draft.signer());
		v.throwIfAny();
		Authority before = authorities.get(decision.authorityId());
		String key = VietnameseText.searchKey(String.join(" ", campaign == null ? "" : campaign, signer == null ? "" : signer, authority.code(),
				authority.nameVi()));
		if (jdbc.sql("""
				UPDATE award_decisions SET authority_id = ?, unit_id = ?, form = ?, campaign = ?, signer = ?, search_key = ?, version = version + 1
				WHERE id = ? AND status = 'DRAFT'""")
			.params(authority.id(), authority.unitId(), draft.form().name(), campaign, signer, key.length() > 1200 ? key.substring(0, 1200) : key, id)
			.update() != 1) {
			throw new org.steerdesk.shared.StaleRecordException(RECORD + " " + id);
		}
		jdbc.sql("UPDATE award_recipients SET scope_unit_id = COALESCE(unit_id, ?) WHERE decision_id = ?").params(authority.unitId(), id).update();
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("authority", before.code());
		was.put("form", decision.form().name());
		was.put("campaign", decision.campaign() == null ? "" : decision.campaign());
		was.put("signer", decision.signer() == null ? "" : decision.signer());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("authority", authority.code());
		now.put("form", draft.form().name());
		now.put("campaign", campaign == null ? "" : campaign);
		now.put("signer", signer == null ? "" : signer);
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, String.valueOf(id), was, now);
	}

	/** Inserts a decision and audits it; its search key holds its number, campaign, signer and authority. */
	long insert(Authority authority, String number, LocalDate date, AwardForm form, String campaign, String signer, DecisionStatus status,
			Actor actor) {
		String key = VietnameseText.searchKey(String.join(" ", number == null ? "" : number, campaign == null ? "" : campaign,
				signer == null ? "" : signer, authority.code(), authority.nameVi()));
		long id = Sql.insert(jdbc, """
				INSERT INTO award_decisions (authority_id, unit_id, decision_number, decision_date, form, campaign, signer, status, search_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", authority.id(), authority.unitId(), number, date, form.name(), campaign, signer, status.name(),
				key.length() > 1200 ? key.substring(0, 1200) : key);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("authority", authority.code());
		after.put("form", form.name());
		after.put("status", status.name());
		if (number != null) {
			after.put("number", number);
			after.put("date", date.toString());
		}
		if (campaign != null) {
			after.put("campaign", campaign);
		}
		audit.record(actor.username(), AuditAction.CREATE, RECORD, String.valueOf(id), null, after);
		return id;
	}

	/** The authority named by a code, which the actor manages; null with the field's violation otherwise. */
	Authority authority(String code, String field, Actor actor, Violations v) {
		if (code == null || code.isBlank()) {
			v.add(field, "validation.required");
			return null;
		}
		Authority authority = authorities.byCode(code).orElse(null);
		if (authority == null) {
			v.add(field, "awards.unknownAuthority", Violations.shown(code));
			return null;
		}
		if (!access.may(actor, Permission.MANAGE, authority.unitId())) {
			v.add(field, "awards.authorityOutOfScope", authority.code());
			return null;
		}
		return authority;
	}

	/** A decision is dated today at the latest (the province's today). */
	static void notInFuture(LocalDate date, Violations v) {
		if (date != null && date.isAfter(ProvinceTime.today())) {
			v.add("decision_date", "awards.dateInFuture");
		}
	}

	static Decision map(ResultSet rs, int row) throws SQLException {
		return new Decision(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), AwardForm.valueOf(rs.getString("form")), rs.getString("campaign"),
				rs.getString("signer"), DecisionStatus.valueOf(rs.getString("status")), rs.getBoolean("issued_here"), rs.getInt("version"));
	}
}

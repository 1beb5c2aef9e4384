package org.steerdesk.awards;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.Units;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/**
 * A nomination's way through: submitted by its unit, accepted or returned with a reason by the
 * authority's secretariat, and the accepted nominations of a campaign made into a draft decision's
 * recipients in one step (each nominee once, with the campaign's citation).
 */
@Service
@Transactional(readOnly = true)
public class NominationReview {

	private final JdbcClient jdbc;

	private final Nominations nominations;

	private final Decisions decisions;

	private final Recipients recipients;

	private final Units units;

	private final MessageSource messages;

	private final AuditLog audit;

	NominationReview(JdbcClient jdbc, Nominations nominations, Decisions decisions, Recipients recipients, Units units, MessageSource messages,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.nominations = nominations;
		this.decisions = decisions;
		this.recipients = recipients;
		this.units = units;
		this.messages = messages;
		this.audit = audit;
	}

	/** Submits an open nomination with at least one nominee to the secretariat. */
	@Transactional
	public void submit(long id, Actor actor) {
		Nomination n = nominations.open(id, actor);
		if (nominations.nominees(n).isEmpty()) {
			new Violations().add("recipient_name", "awards.nominationEmpty").throwIfAny();
		}
		status(n, NominationStatus.SUBMITTED, null, actor);
	}

	/** Accepts a submitted nomination (the authority's secretariat). */
	@Transactional
	public void accept(long id, Actor actor) {
		Nomination n = submitted(id, actor);
		status(n, NominationStatus.ACCEPTED, null, actor);
	}

	/** Returns a submitted nomination to its unit with a reason (the authority's secretariat). */
	@Transactional
	public void giveBack(long id, String reason, Actor actor) {
		Nomination n = submitted(id, actor);
		RecordValues values = Nominations.CHECKS.values();
		String why = values.text("return_reason", reason);
		values.throwIfAny();
		status(n, NominationStatus.RETURNED, why, actor);
	}

	/**
	 * Makes the accepted nominations of a campaign to an authority in a form, not yet in a decision,
	 * into a draft decision's recipients.
	 * @return the draft decision's id
	 */
	@Transactional
	public long decide(String campaign, String authorityCode, AwardForm form, Actor actor) {
		Violations v = new Violations();
		Authority authority = decisions.authority(authorityCode, "authority_code", actor, v);
		if (form == null) {
			v.add("form", "validation.required");
		}
		v.throwIfAny();
		List<Nomination> accepted = nominations.acceptedOf(campaign, authority.id(), form);
		if (accepted.isEmpty()) {
			v.add("campaign", "awards.nothingAccepted").throwIfAny();
		}
		String named = accepted.get(0).campaign();
		long id = decisions.insert(authority, null, null, form, named, null, DecisionStatus.DRAFT, actor);
		Decision decision = decisions.byId(id).orElseThrow();
		String citation = messages.getMessage("awards.defaultCitation", new Object[] { named }, DecisionIssuing.VI);
		for (Nomination n : accepted) {
			for (Nominee e : nominations.nominees(n)) {
				String unit = e.unitId() == null ? null : units.byId(e.unitId()).map(u -> u.code()).orElse(null);
				recipients.put(decision, e.type(), e.name(), unit, null, e.position(), citation, actor, v);
			}
		}
		nominations.decided(accepted, id);
		return id;
	}

	private Nomination submitted(long id, Actor actor) {
		Nomination n = nominations.require(id, Nominations.Right.DECIDE, actor);
		if (n.status() != NominationStatus.SUBMITTED) {
			new Violations().add("reason", "awards.nominationNotSubmitted").throwIfAny();
		}
		return n;
	}

	private void status(Nomination n, NominationStatus status, String reason, Actor actor) {
		if (jdbc.sql("UPDATE award_nominations SET status = ?, return_reason = ?, version = version + 1 WHERE id = ? AND status = ?")
			.params(status.name(), reason, n.id(), n.status().name()).update() != 1) {
			throw new org.steerdesk.shared.StaleRecordException(Nominations.RECORD + " " + n.id());
		}
		Map<String, Object> after = reason == null ? Map.of("status", status.name()) : Map.of("status", status.name(), "reason", reason);
		audit.record(actor.username(), AuditAction.UPDATE, Nominations.RECORD, String.valueOf(n.id()), Map.of("status", n.status().name()), after);
	}

}

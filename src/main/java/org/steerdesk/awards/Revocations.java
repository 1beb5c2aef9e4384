package org.steerdesk.awards;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Violations;

/** Revoking a commendation: a recipient of an issued decision, with a reason and a day, on the record's history; it no longer counts. */
@Service
@Transactional(readOnly = true)
public class Revocations {

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Decisions decisions;

	private final AuditLog audit;

	Revocations(JdbcClient jdbc, Recipients recipients, Decisions decisions, AuditLog audit) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.decisions = decisions;
		this.audit = audit;
	}

	/**
	 * Revokes a recipient of an issued decision, with a reason and the day (from the decision's day
	 * to today); it no longer counts. Audited with what it was.
	 */
	@Transactional
	public void revoke(long recipientId, String reason, LocalDate on, Actor actor) {
		Recipient r = recipients.byId(recipientId).orElseThrow(() -> new NotFoundException("Recipient " + recipientId));
		Decision decision = decisions.require(r.decisionId(), Permission.MANAGE, actor);
		RecordValues values = Recipients.CHECKS.values();
		String why = values.text("revoked_reason", reason);
		Violations v = values.violations();
		if (on == null) {
			v.add("revokedOn", "validation.required");
		}
		else if (on.isAfter(ProvinceTime.today()) || (decision.date() != null && on.isBefore(decision.date()))) {
			v.add("revokedOn", "awards.revokedOnOutside");
		}
		if (!decision.issued()) {
			v.add("reason", "awards.revokeDraft");
		}
		if (r.revoked()) {
			v.add("reason", "awards.alreadyRevoked");
		}
		v.throwIfAny();
		jdbc.sql("UPDATE award_recipients SET revoked_on = ?, revoked_reason = ?, version = version + 1 WHERE id = ?").params(on, why, r.id())
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Recipients.RECORD, String.valueOf(r.id()), Map.of("revoked", false),
				Map.of("revoked", true, "revokedOn", on.toString(), "reason", why));
	}

}

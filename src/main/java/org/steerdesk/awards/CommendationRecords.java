package org.steerdesk.awards;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/**
 * Writes rows of the {@code commendations} exchange format: each names a decision (its authority,
 * number, date, form and campaign — the same on every row of that decision) and one recipient. The
 * decision is recorded as issued on its first row; a decision issued here is frozen and refused.
 */
@Service
@Transactional(readOnly = true)
public class CommendationRecords {

	private final Decisions decisions;

	private final Recipients recipients;

	CommendationRecords(Decisions decisions, Recipients recipients) {
		this.decisions = decisions;
		this.recipients = recipients;
	}

	/**
	 * Records one recipient of a decision, creating the decision on its first row.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each column at fault
	 */
	@Transactional
	public SaveOutcome record(CommendationDraft row, Actor actor) {
		RecordValues values = Decisions.CHECKS.values();
		Violations v = values.violations();
		Authority authority = decisions.authority(row.authorityCode(), "authority_code", actor, v);
		String number = values.text("decision_number", row.decisionNumber());
		String campaign = values.text("campaign", row.campaign());
		if (number == null && !v.has("decision_number")) {
			v.add("decision_number", "validation.required");
		}
		if (row.decisionDate() == null && !v.has("decision_date")) {
			v.add("decision_date", "validation.required");
		}
		Decisions.notInFuture(row.decisionDate(), v);
		if (row.form() == null && !v.has("form")) {
			v.add("form", "validation.required");
		}
		if (row.recipientType() == null && !v.has("recipient_type")) {
			v.add("recipient_type", "validation.required");
		}
		v.throwIfAny();
		Decision decision = decisions.byNumber(authority.id(), number).orElse(null);
		boolean created = decision == null;
		if (decision == null) {
			decision = decisions.byId(decisions.insert(authority, number, row.decisionDate(), row.form(), campaign, null,
					DecisionStatus.ISSUED, actor)).orElseThrow();
		}
		else {
			if (decision.issuedHere()) {
				v.add("decision_number", "awards.decisionFrozen");
			}
			if (!row.decisionDate().equals(decision.date())) {
				v.add("decision_date", "awards.decisionDiffers", number, String.valueOf(decision.date()));
			}
			if (row.form() != decision.form()) {
				v.add("form", "awards.decisionDiffers", number, decision.form().name());
			}
			if (!Objects.equals(campaign, decision.campaign())) {
				v.add("campaign", "awards.decisionDiffers", number, decision.campaign() == null ? "—" : decision.campaign());
			}
		}
		SaveOutcome outcome = recipients.put(decision, row.recipientType(), row.recipientName(), row.recipientUnitCode(), null, row.position(),
				row.citation(), actor, v);
		return created ? SaveOutcome.CREATED : outcome;
	}
}

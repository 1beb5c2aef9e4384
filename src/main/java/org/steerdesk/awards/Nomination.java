package org.steerdesk.awards;

import java.time.Instant;

/**
 * A unit's proposal of collectives and individuals for a campaign, to an authority and in a form;
 * {@code decisionId} is the draft decision its nominees became recipients of.
 */
public record Nomination(long id, String campaign, long authorityId, AwardForm form, long unitId, NominationStatus status,
		String returnReason, String createdBy, Instant createdAt, Long decisionId, int version) {

	/** Whether its unit may still change it: being prepared, or returned. */
	public boolean open() {
		return status == NominationStatus.DRAFT || status == NominationStatus.RETURNED;
	}
}

package org.steerdesk.awards;

import java.time.LocalDate;

/** A commendation decision: its number and date (once issued), authority, form, campaign or reason, and signer. */
public record Decision(long id, long authorityId, String number, LocalDate date, AwardForm form, String campaign, String signer,
		DecisionStatus status, boolean issuedHere, int version) {

	public boolean issued() {
		return status == DecisionStatus.ISSUED;
	}
}

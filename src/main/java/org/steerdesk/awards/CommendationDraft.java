package org.steerdesk.awards;

import java.time.LocalDate;

/** One row of the {@code commendations} exchange format (spec §2): a recipient of a decision, with the decision's particulars. */
public record CommendationDraft(String decisionNumber, LocalDate decisionDate, String authorityCode, AwardForm form,
		RecipientType recipientType, String recipientName, String recipientUnitCode, String position, String citation, String campaign) {
}

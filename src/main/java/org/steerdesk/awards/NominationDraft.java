package org.steerdesk.awards;

/** What starting a nomination takes: the campaign, the authority proposed to, the form, and the proposing unit. */
public record NominationDraft(String campaign, String authorityCode, AwardForm form, String unitCode) {
}

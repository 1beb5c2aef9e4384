package org.steerdesk.awards;

import java.time.LocalDate;

/**
 * A decision as a page creates it: without a number it is a draft to prepare and issue here; with
 * a number and date it records a decision already signed (whose scan may be attached).
 */
public record DecisionDraft(String authorityCode, AwardForm form, String campaign, String signer, String number, LocalDate date) {
}

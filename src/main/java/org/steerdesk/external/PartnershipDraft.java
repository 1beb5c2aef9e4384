package org.steerdesk.external;

import java.time.LocalDate;

/** A new partnership: partner and unit by code. */
public record PartnershipDraft(String partnerCode, String unitCode, PartnershipKind kind, LocalDate start, LocalDate end,
		String reference, String documents) {
}

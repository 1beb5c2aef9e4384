package org.steerdesk.external;

import java.time.LocalDate;

/** A unit's partnership with a partner, e.g. a sister-locality agreement, with its reference and documents. */
public record Partnership(long id, long partnerId, long unitId, PartnershipKind kind, LocalDate start, LocalDate end,
		String reference, String documents) {
}

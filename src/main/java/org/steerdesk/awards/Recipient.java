package org.steerdesk.awards;

import java.time.LocalDate;

/**
 * A collective or individual a decision commends, with the citation printed on the certificate.
 * {@code unitId} is the recipient's unit (a collective's own unit, a group's or a person's unit),
 * {@code personId} the official when the individual is one; {@code scopeUnitId} is the unit the
 * recipient counts under (its unit, else the authority's). A revoked recipient no longer counts.
 */
public record Recipient(long id, long decisionId, RecipientType type, String name, Long unitId, Long personId, String position,
		String citation, long scopeUnitId, LocalDate decisionDate, LocalDate revokedOn, String revokedReason) {

	public boolean revoked() {
		return revokedOn != null;
	}
}

package org.steerdesk.awards;

import java.time.LocalDate;

/**
 * The filters of the commendation lists (every part may be empty): the unit whose scope to list
 * (subtree and merged units), authority (code), form, recipient type, a range of decision days,
 * words (diacritics optional; names, numbers, campaigns), and whether revoked recipients are shown.
 */
public record AwardFilter(String unit, String authority, AwardForm form, RecipientType type, LocalDate from, LocalDate to, String q,
		Boolean revoked) {
}

package org.steerdesk.contests;

import java.time.Instant;

/**
 * An entry of a contest: its code, title, category, the entering unit, when it was submitted, its
 * words (read from its file), and the code its judges know it by (random, without meaning).
 */
public record Entry(long id, long contestId, String code, String title, String category, long unitId, Instant submittedAt,
		Integer wordCount, String blindCode) {
}

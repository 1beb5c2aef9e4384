package org.steerdesk.review;

import java.time.Instant;

/** One saved state of a review's narrative; version 1 is the template it was drafted from. */
public record NarrativeVersion(int number, String body, String note, Instant createdAt, String createdBy) {
}

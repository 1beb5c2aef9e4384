package org.steerdesk.media;

import java.time.OffsetDateTime;

/** A metric's value observed at a time; never overwritten by later ones. */
public record Observation(Metric metric, long value, OffsetDateTime observedAt) {
}

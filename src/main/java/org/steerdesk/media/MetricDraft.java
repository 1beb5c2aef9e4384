package org.steerdesk.media;

import java.time.OffsetDateTime;

/** An observation, as in the {@code media-metrics} exchange format. */
public record MetricDraft(String targetUrl, Metric metric, Long value, OffsetDateTime observedAt) {
}

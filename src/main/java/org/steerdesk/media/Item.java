package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published item (tin, bài, ...) on a channel by a unit. */
public record Item(long id, String url, String title, ItemKind kind, OffsetDateTime publishedAt, LocalDate publishedOn,
		long channelId, long unitId, List<String> themes, int version) {
}

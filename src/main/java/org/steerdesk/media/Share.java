package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A share of an item (or of a unit's own post) on a social account. */
public record Share(long id, String url, long channelId, OffsetDateTime sharedAt, LocalDate sharedOn, long unitId,
		Long itemId, int version) {
}

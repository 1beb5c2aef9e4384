package org.steerdesk.media;

import java.time.OffsetDateTime;
import java.util.List;

/** The editable content of an item, as in the {@code media-items} exchange format. */
public record ItemDraft(String url, String title, ItemKind kind, OffsetDateTime publishedAt, String channelCode,
		String unitCode, List<String> themes) {
}

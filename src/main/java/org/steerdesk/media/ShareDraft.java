package org.steerdesk.media;

import java.time.OffsetDateTime;

/** The editable content of a share, as in the {@code media-shares} exchange format. */
public record ShareDraft(String url, String channelCode, OffsetDateTime sharedAt, String unitCode, String itemUrl) {
}

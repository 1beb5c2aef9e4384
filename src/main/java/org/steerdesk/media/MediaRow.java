package org.steerdesk.media;

import java.time.OffsetDateTime;

/**
 * A row of the media lists: an item ('I') or a share ('S') with its channel and unit, and for the
 * views list the views counted for it.
 */
public record MediaRow(char type, long id, String url, String title, String kind, OffsetDateTime at, String channelCode,
		String channelName, String platform, long unitId, String unitCode, String unitName, String themes, Long views) {
}

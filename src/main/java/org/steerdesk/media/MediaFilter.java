package org.steerdesk.media;

import java.time.LocalDate;


/**
 * The filters of the media lists (every part may be empty): the unit whose scope (subtree and
 * merged units) to list, a channel code, kind, platform, a range of local days, a theme, words of
 * the title (diacritics optional), and the keyset cursor of the page.
 */
public record MediaFilter(String unit, String channel, ItemKind kind, Platform platform,
		LocalDate from, LocalDate to,
		String theme, String q, String after) {

	public static MediaFilter none() {
		return new MediaFilter(null, null, null, null, null, null, null, null, null);
	}

	public MediaFilter withAfter(String cursor) {
		return new MediaFilter(unit, channel, kind, platform, from, to, theme, q, cursor);
	}
}

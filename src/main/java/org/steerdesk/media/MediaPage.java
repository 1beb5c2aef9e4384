package org.steerdesk.media;

import java.util.List;

/**
 * One page of a media list: its rows, the cursor of the next page (null on the last), and the
 * totals of the whole filtered list (rows, and views where the list counts them).
 */
public record MediaPage(List<MediaRow> rows, String next, long total, Long totalViews) {
}

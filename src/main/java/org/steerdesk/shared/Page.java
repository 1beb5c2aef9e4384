package org.steerdesk.shared;

import java.util.List;

/**
 * A page of a list: its rows, the cursor of the next page (null on the last) and the list's total.
 * Lists page by keyset ({@link Keyset}); none is cut at a fixed number of rows.
 */
public record Page<T>(List<T> rows, String next, long total) {
}

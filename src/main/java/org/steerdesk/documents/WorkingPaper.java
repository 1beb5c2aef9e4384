package org.steerdesk.documents;

import java.util.List;

/**
 * A paper printed for a gathering rather than issued: the organiser's header (the body above it,
 * the organiser, the national title), a title and the event it serves, lines of particulars (when,
 * where), and one table — a conference's programme, or its attendance list with a column to sign.
 * It carries no number, recipients or signature.
 *
 * @param widths each column's share of the text width, in percent
 * @param tallRows rows tall enough to sign in
 */
public record WorkingPaper(Layout.Words words, String governingBody, String issuer, String title, String subject, List<String> particulars,
		List<String> headers, int[] widths, List<List<String>> rows, boolean tallRows) {

	public WorkingPaper {
		if (widths.length != headers.size() || rows.stream().anyMatch(r -> r.size() != headers.size())) {
			throw new IllegalArgumentException("Every row has one cell per column, and every column a width");
		}
	}
}

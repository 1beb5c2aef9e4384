package org.steerdesk.review;

import java.util.Map;

/**
 * A figure as a review shows it: label and definition in the review's language, this year's and
 * the previous year's values, the drill-down, and, once issued, the value frozen at issue
 * ({@code issued}) beside today's ({@code value}).
 */
public record FigureLine(String key, String label, String definition, long value, long previous, Long issued, String drillDown,
		Map<String, Map<String, Long>> breakdown) {

	/** Today's value minus the value at issue (0 for a draft). */
	public long sinceIssue() {
		return issued == null ? 0 : value - issued;
	}

	public boolean changedSinceIssue() {
		return sinceIssue() != 0;
	}
}

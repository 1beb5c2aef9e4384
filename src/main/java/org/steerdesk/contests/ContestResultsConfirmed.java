package org.steerdesk.contests;

import java.util.List;

/**
 * Published when a contest's results are confirmed: its winners down the ranking by prize tier,
 * and the authority and form chosen on the contest for their commendation.
 */
public record ContestResultsConfirmed(String contestCode, String contestName, int year, String authorityCode, String awardForm,
		List<Winner> winners) {

	/** A prize winner: the entry, its prize, the entering unit's code, and its authors' names. */
	public record Winner(String entryCode, String title, String prize, String unitCode, List<String> authors) {
	}
}

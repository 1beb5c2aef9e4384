/**
 * Contests (spec §4): a contest with its rubric and prize tiers, entries registered by the
 * secretariat or by units, judges who score blind, declared conflicts, the ranking by the spec's
 * rule, and confirmed results, published as {@link org.steerdesk.contests.ContestResultsConfirmed}
 * for the commendations module to turn into a draft decision.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "figures", "files", "documents",
		"identity" })
package org.steerdesk.contests;

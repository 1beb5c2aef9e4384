/**
 * Commendations (spec §2 {@code award-authorities}, {@code commendations}): the authorities that
 * award, their decisions (recorded as issued, or drafted and issued here with the authority's own
 * number sequence), the collectives and individuals each commends, revocations, and the figures
 * {@code awards.collectives} and {@code awards.individuals}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "records", "org", "imports", "figures", "files",
		"documents", "contests" })
package org.steerdesk.awards;

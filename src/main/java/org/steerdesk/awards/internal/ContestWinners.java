package org.steerdesk.awards.internal;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.steerdesk.awards.ContestDecisions;
import org.steerdesk.contests.ContestResultsConfirmed;

/**
 * Listens for a contest's confirmed results and drafts the commendation decision for its prize
 * winners (authority and form as chosen on the contest): contests never call commendations.
 */
@Component
class ContestWinners {

	private static final Logger LOG = LoggerFactory.getLogger(ContestWinners.class);

	private final ContestDecisions decisions;

	ContestWinners(ContestDecisions decisions) {
		this.decisions = decisions;
	}

	@ApplicationModuleListener
	void on(ContestResultsConfirmed results) {
		if (results.authorityCode() == null || results.winners().isEmpty()) {
			LOG.info("Contest {} confirmed without an awarding authority or winners: no decision drafted", results.contestCode());
			return;
		}
		decisions.draft(results);
	}

}

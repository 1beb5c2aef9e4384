package org.steerdesk.awards;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.contests.ContestResultsConfirmed;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Grant;
import org.steerdesk.shared.Role;
import org.steerdesk.shared.Violations;

/**
 * The draft decision for a contest's prize winners: an entry by one author commends that person, an
 * entry by several their group, each under the entering unit, with the prize as citation; the
 * secretariat then reviews and issues it.
 */
@Service
@Transactional(readOnly = true)
public class ContestDecisions {

	/** Who the audit names for a decision drafted from a contest's results. */
	static final Actor CONTESTS = new Actor(0, "contests", "Cuộc thi", List.of(new Grant(Role.ADMIN, 0)));

	private final Authorities authorities;

	private final Decisions decisions;

	private final Recipients recipients;

	private final MessageSource messages;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ContestDecisions(Authorities authorities, Decisions decisions, Recipients recipients, MessageSource messages,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.decisions = decisions;
		this.recipients = recipients;
		this.messages = messages;
	}

	/**
	 * Drafts the decision, once per contest: a second delivery of the same confirmation finds the
	 * decision drafted before (the contest's code is kept with it, unique); an unknown authority or
	 * form drafts nothing (the secretariat is told on the contest's page).
	 */
	@Transactional
	public Long draft(ContestResultsConfirmed results) {
		Long drafted = jdbc.sql("SELECT id FROM award_decisions WHERE source_contest = ?").param(results.contestCode()).query(Long.class)
			.optional().orElse(null);
		if (drafted != null) {
			return drafted;
		}
		Authority authority = authorities.byCode(results.authorityCode()).orElse(null);
		AwardForm form;
		try {
			form = results.awardForm() == null ? AwardForm.BANG_KHEN : AwardForm.valueOf(results.awardForm());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		if (authority == null) {
			return null;
		}
		long id = decisions.insert(authority, null, null, form, results.contestName(), null, DecisionStatus.DRAFT, CONTESTS);
		jdbc.sql("UPDATE award_decisions SET source_contest = ? WHERE id = ?").params(results.contestCode(), id).update();
		Decision decision = decisions.byId(id).orElseThrow();
		for (ContestResultsConfirmed.Winner w : results.winners()) {
			boolean alone = w.authors().size() == 1;
			String name = alone ? w.authors().get(0)
					: messages.getMessage("awards.contestGroup", new Object[] { w.title() }, DecisionIssuing.VI);
			String citation = messages.getMessage("awards.contestCitation", new Object[] { w.prize(), results.contestName() }, DecisionIssuing.VI);
			recipients.put(decision, alone ? RecipientType.INDIVIDUAL : RecipientType.COLLECTIVE, name, w.unitCode(), null, null, citation,
					CONTESTS, new Violations());
		}
		return id;
	}
}

package org.steerdesk.contests;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

/**
 * Confirming a contest's results: the ranking as it stands, prizes allocated down it tier by tier,
 * ranks, scores and prizes kept, the scores frozen, and {@link ContestResultsConfirmed} published
 * (the commendations module, listening, drafts the decision for the winners).
 */
@Service
@Transactional(readOnly = true)
public class ContestResults {

	/** An entry's result: its rank, score and prize (null beyond the prizes). */
	public record Result(Scoring.Ranked ranked, String prize) {
	}

	private final JdbcClient jdbc;

	private final Contests contests;

	private final ContestEntries entries;

	private final Scoring scoring;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	ContestResults(JdbcClient jdbc, Contests contests, ContestEntries entries, Scoring scoring, Units units, ApplicationEventPublisher events,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.contests = contests;
		this.entries = entries;
		this.scoring = scoring;
		this.units = units;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * The ranking with the prize each place would receive; once confirmed, the frozen result (the
	 * ranks, scores and prizes kept when it was confirmed), whatever was written after.
	 */
	public List<Result> results(Contest contest) {
		if (!contest.confirmed()) {
			return live(contest);
		}
		Map<Long, Scoring.Ranked> now = new java.util.HashMap<>();
		scoring.ranking(contest).forEach(r -> now.put(r.entry().id(), r));
		List<Result> frozen = new ArrayList<>();
		jdbc.sql("SELECT * FROM contest_entries WHERE contest_id = ? AND final_rank IS NOT NULL ORDER BY final_rank").param(contest.id())
			.query((rs, n) -> {
				Entry e = ContestEntries.map(rs, n);
				Scoring.Ranked live = now.get(e.id());
				frozen.add(new Result(new Scoring.Ranked(e, rs.getInt("final_rank"), Scoring.plain(rs.getBigDecimal("final_score")),
						live == null ? null : live.median(), live == null ? List.of() : live.totals()), rs.getString("prize")));
				return null;
			}).list();
		return frozen;
	}

	private List<Result> live(Contest contest) {
		List<Scoring.Ranked> ranking = scoring.ranking(contest);
		List<String> places = new ArrayList<>();
		contests.prizes(contest).forEach((name, count) -> {
			for (int i = 0; i < count; i++) {
				places.add(name);
			}
		});
		List<Result> out = new ArrayList<>();
		for (int i = 0; i < ranking.size(); i++) {
			out.add(new Result(ranking.get(i), i < places.size() ? places.get(i) : null));
		}
		return out;
	}

	/**
	 * Confirms the results (the contest's secretariat): refused when already confirmed or nothing is scored.
	 */
	@Transactional
	public void confirm(String code, Actor actor) {
		Contest contest = contests.require(code, Permission.MANAGE, actor);
		if (contests.isJudge(contest, actor)) {
			throw new org.springframework.security.access.AccessDeniedException("error.contest.notYours");
		}
		Violations v = new Violations();
		// one conditional change decides: of two confirmations at once, one wins and the other changes nothing
		if (jdbc.sql("UPDATE contests SET status = 'CONFIRMED', confirmed_at = ?, version = version + 1 WHERE id = ? AND status = 'OPEN'")
			.params(OffsetDateTime.now(), contest.id()).update() == 0) {
			v.add("contest", "contests.confirmedAlready").throwIfAny();
		}
		List<Result> results = live(contest);
		if (results.isEmpty()) {
			v.add("contest", "contests.nothingScored");
		}
		v.throwIfAny();
		List<ContestResultsConfirmed.Winner> winners = new ArrayList<>();
		for (Result r : results) {
			Entry e = r.ranked().entry();
			jdbc.sql("UPDATE contest_entries SET final_rank = ?, final_score = ?, prize = ? WHERE id = ?")
				.params(r.ranked().rank(), r.ranked().score(), r.prize(), e.id()).update();
			if (r.prize() != null) {
				winners.add(new ContestResultsConfirmed.Winner(e.code(), e.title(), r.prize(), units.byId(e.unitId()).map(OrgUnit::code).orElse(null),
						entries.authors(e).stream().map(Author::name).toList()));
			}
		}
		audit.record(actor.username(), AuditAction.ISSUE, Contests.RECORD, contest.code(), Map.of("status", "OPEN"),
				Map.of("status", "CONFIRMED", "winners", winners.size()));
		events.publishEvent(new ContestResultsConfirmed(contest.code(), contest.name(), contest.year(), contest.authorityCode(),
				contest.awardForm(), winners));
	}
}

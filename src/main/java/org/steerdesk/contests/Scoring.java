package org.steerdesk.contests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/**
 * Judges' scores and the ranking. A judge scores the entries they judge, each criterion within
 * 0..max, saved as a draft or submitted; no judge sees another's. An entry's score is the mean of
 * its judges' submitted totals (Σ weight × value); the ranking orders by score, then the higher
 * median of the totals, then the earlier submission (spec §4). Scores are frozen once the results
 * are confirmed.
 */
@Service
@Transactional(readOnly = true)
public class Scoring {

	/** An entry's place: its rank, score (mean of totals), the median, the judges' totals. */
	public record Ranked(Entry entry, int rank, BigDecimal score, BigDecimal median, List<BigDecimal> totals) {
	}

	private final JdbcClient jdbc;

	private final Contests contests;

	private final ContestEntries entries;

	private final Assignments assignments;

	private final AuditLog audit;

	Scoring(JdbcClient jdbc, Contests contests, ContestEntries entries, Assignments assignments, AuditLog audit) {
		this.jdbc = jdbc;
		this.contests = contests;
		this.entries = entries;
		this.assignments = assignments;
		this.audit = audit;
	}

	/**
	 * Saves the judge's values for an entry ({@code submit}: final, every criterion given).
	 * @throws AccessDeniedException when the actor does not judge the entry (not a judge of it, or conflicted)
	 * @throws org.steerdesk.shared.InvalidRecordException naming {@code scores.<criterion>} for an unknown criterion or a value outside 0..max
	 */
	@Transactional
	public void score(String contestCode, String entryCode, Map<String, BigDecimal> values, boolean submit, Actor actor) {
		score(contestCode, entryCode, values, submit ? Submission.SUBMIT : Submission.DRAFT, actor);
	}

	/**
	 * How a judge's values are kept: as a draft; submitted (every criterion must then have a value);
	 * or submitted once every criterion has one, else kept as a draft (the API, where values may come
	 * a criterion at a time).
	 */
	public enum Submission {
		DRAFT, SUBMIT, WHEN_COMPLETE
	}

	@Transactional
	public void score(String contestCode, String entryCode, Map<String, BigDecimal> values, Submission mode, Actor actor) {
		Contest contest = contests.get(contestCode);
		Entry entry = entries.get(contest, entryCode);
		if (!assignments.judges(contest, entry.id(), actor.username())) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		Violations v = new Violations();
		// the contest's row, locked while the sheet is written: confirming waits for this score, or this score sees the confirmation
		if (jdbc.sql("UPDATE contests SET version = version WHERE id = ? AND status = 'OPEN'").param(contest.id()).update() == 0) {
			v.add("scores", "contests.confirmedAlready").throwIfAny();
		}
		Sheet before = sheetOf(entry, actor.username());
		if (before.submitted()) {
			v.add("scores", "contests.sheetFinal").throwIfAny();
		}
		Map<String, Criterion> criteria = new LinkedHashMap<>();
		contests.criteria(contest).forEach(c -> criteria.put(c.code(), c));
		Map<String, BigDecimal> given = values == null ? Map.of() : values;
		if (given.size() > 100) {
			v.add("scores", "validation.atMost", given.size(), 100).throwIfAny();
		}
		given.forEach((code, value) -> {
			Criterion c = criteria.get(code);
			if (c == null) {
				v.add("scores." + Violations.shown(code), "contests.unknownCriterion", Violations.shown(code));
			}
			else if (value == null || value.signum() < 0 || value.compareTo(c.max()) > 0 || value.scale() > 2) {
				v.add("scores." + code, "contests.outOfRange", value == null ? "—" : value.toPlainString(), c.max().stripTrailingZeros().toPlainString());
			}
		});
		Map<String, BigDecimal> merged = new LinkedHashMap<>(before.values());
		given.forEach((code, value) -> {
			if (criteria.containsKey(code)) {
				merged.put(code, value);
			}
		});
		if (mode == Submission.SUBMIT) {
			criteria.keySet().stream().filter(code -> !merged.containsKey(code)).forEach(code -> v.add("scores." + code, "validation.required"));
		}
		v.throwIfAny();
		boolean submit = mode == Submission.SUBMIT || (mode == Submission.WHEN_COMPLETE && merged.keySet().containsAll(criteria.keySet()));
		Long sheet = jdbc.sql("SELECT id FROM contest_sheets WHERE entry_id = ? AND username = ?").params(entry.id(), actor.username())
			.query(Long.class).optional().orElse(null);
		if (sheet == null) {
			sheet = org.steerdesk.shared.Sql.insert(jdbc, "INSERT INTO contest_sheets (entry_id, username, submitted, updated_at) VALUES (?, ?, ?, ?)",
					entry.id(), actor.username(), submit, OffsetDateTime.now());
		}
		else {
			jdbc.sql("UPDATE contest_sheets SET submitted = ?, updated_at = ? WHERE id = ?").params(submit, OffsetDateTime.now(), sheet).update();
		}
		for (Map.Entry<String, BigDecimal> value : given.entrySet()) {
			long criterion = criteria.get(value.getKey()).id();
			if (jdbc.sql("UPDATE contest_scores SET score = ? WHERE sheet_id = ? AND criterion_id = ?").params(value.getValue(), sheet, criterion)
				.update() == 0) {
				jdbc.sql("INSERT INTO contest_scores (sheet_id, criterion_id, score) VALUES (?, ?, ?)").params(sheet, criterion, value.getValue())
					.update();
			}
		}
		audit.record(actor.username(), AuditAction.UPDATE, Contests.RECORD, contest.code(), null,
				Map.of("entry", entry.code(), "scored", submit ? "submitted" : "draft"));
	}

	/** The judge's own values for an entry (a draft or submitted), and whether submitted. */
	public record Sheet(Map<String, BigDecimal> values, boolean submitted) {
	}

	public Sheet sheetOf(Entry entry, String username) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		boolean[] submitted = new boolean[1];
		jdbc.sql("""
				SELECT c.code, s.score, h.submitted FROM contest_sheets h JOIN contest_scores s ON s.sheet_id = h.id
				JOIN contest_criteria c ON c.id = s.criterion_id WHERE h.entry_id = ? AND h.username = ?""")
			.params(entry.id(), username)
			.query((rs, n) -> {
				values.put(rs.getString(1), rs.getBigDecimal(2));
				submitted[0] = rs.getBoolean(3);
				return null;
			}).list();
		return new Sheet(values, submitted[0]);
	}

	/** Every judge's submitted total per entry: entry id → judge → total; a sheet whose judge declared a conflict with the entry does not count. */
	public Map<Long, Map<String, BigDecimal>> totals(Contest contest) {
		Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
		jdbc.sql("""
				SELECT h.entry_id, h.username, SUM(c.weight * s.score) FROM contest_sheets h JOIN contest_scores s ON s.sheet_id = h.id
				JOIN contest_criteria c ON c.id = s.criterion_id JOIN contest_entries e ON e.id = h.entry_id
				WHERE e.contest_id = ? AND h.submitted = TRUE
				AND NOT EXISTS (SELECT 1 FROM contest_conflicts k WHERE k.entry_id = h.entry_id AND k.username = h.username)
				GROUP BY h.entry_id, h.username""")
			.param(contest.id())
			.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3))).list();
		return out;
	}

	/** A number without trailing zeros and never in exponent form (70, not 7E+1). */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** The ranking of the entries with at least one submitted score, by the spec's rule. */
	public List<Ranked> ranking(Contest contest) {
		Map<Long, Map<String, BigDecimal>> totals = totals(contest);
		List<Ranked> scored = new ArrayList<>();
		for (Entry entry : entries.of(contest)) {
			Map<String, BigDecimal> byJudge = totals.get(entry.id());
			if (byJudge == null || byJudge.isEmpty()) {
				continue;
			}
			List<BigDecimal> list = byJudge.values().stream().sorted().toList();
			BigDecimal sum = list.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal mean = sum.divide(BigDecimal.valueOf(list.size()), 6, RoundingMode.HALF_UP);
			int n = list.size();
			BigDecimal median = n % 2 == 1 ? list.get(n / 2)
					: list.get(n / 2 - 1).add(list.get(n / 2)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
			scored.add(new Ranked(entry, 0, mean, median, list));
		}
		scored.sort(Comparator.comparing(Ranked::score, Comparator.reverseOrder())
			.thenComparing(Ranked::median, Comparator.reverseOrder())
			.thenComparing(r -> r.entry().submittedAt(), Comparator.<Instant>naturalOrder())
			.thenComparing(r -> r.entry().code()));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Ranked r = scored.get(i);
			ranked.add(new Ranked(r.entry(), i + 1, plain(r.score().setScale(4, RoundingMode.HALF_UP)), plain(r.median()), r.totals()));
		}
		return ranked;
	}
}

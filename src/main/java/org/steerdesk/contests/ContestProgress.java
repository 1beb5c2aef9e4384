package org.steerdesk.contests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/**
 * What the secretariat sees of the judging: per judge, entries scored (submitted) of those assigned;
 * every judge's total per entry; and the entries whose judges disagree widely (the spread of their
 * totals above the contest's share of the highest possible total).
 */
@Service
@Transactional(readOnly = true)
public class ContestProgress {

	/** A judge's progress. */
	public record JudgeProgress(String username, long scored, long assigned) {
	}

	/** An entry's totals by judge, whether they disagree widely, and the judges who judge it (assigned, not conflicted). */
	public record EntryTotals(Entry entry, Map<String, BigDecimal> totals, boolean disagree, java.util.Set<String> assigned) {
	}

	private final JdbcClient jdbc;

	private final Contests contests;

	private final ContestEntries entries;

	private final Assignments assignments;

	private final Scoring scoring;

	ContestProgress(JdbcClient jdbc, Contests contests, ContestEntries entries, Assignments assignments, Scoring scoring) {
		this.jdbc = jdbc;
		this.contests = contests;
		this.entries = entries;
		this.assignments = assignments;
		this.scoring = scoring;
	}

	public List<JudgeProgress> judges(String code, Actor actor) {
		Contest contest = contests.require(code, Permission.MANAGE, actor);
		Map<Long, java.util.Set<String>> who = assignments.of(contest);
		List<JudgeProgress> out = new ArrayList<>();
		for (String judge : contests.judges(contest)) {
			long assigned = who.values().stream().filter(judges -> judges.contains(judge)).count();
			long scored = jdbc.sql("""
					SELECT COUNT(*) FROM contest_sheets h JOIN contest_entries e ON e.id = h.entry_id
					WHERE e.contest_id = ? AND h.username = ? AND h.submitted = TRUE""").params(contest.id(), judge).query(Long.class).single();
			out.add(new JudgeProgress(judge, scored, assigned));
		}
		return out;
	}

	public List<EntryTotals> totals(String code, Actor actor) {
		Contest contest = contests.require(code, Permission.MANAGE, actor);
		BigDecimal highest = contests.criteria(contest).stream().map(c -> c.weight().multiply(c.max())).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal limit = highest.multiply(contest.spreadShare());
		Map<Long, Map<String, BigDecimal>> totals = scoring.totals(contest);
		Map<Long, java.util.Set<String>> who = assignments.of(contest);
		List<EntryTotals> out = new ArrayList<>();
		for (Entry e : entries.of(contest)) {
			Map<String, BigDecimal> byJudge = new LinkedHashMap<>(totals.getOrDefault(e.id(), Map.of()));
			boolean disagree = byJudge.size() > 1 && byJudge.values().stream().max(BigDecimal::compareTo).orElseThrow()
				.subtract(byJudge.values().stream().min(BigDecimal::compareTo).orElseThrow()).compareTo(limit) > 0;
			out.add(new EntryTotals(e, byJudge, disagree, who.getOrDefault(e.id(), java.util.Set.of())));
		}
		return out;
	}

	/** Two entries of a contest whose texts are nearly the same, with their estimated similarity (0..1). */
	public record Similar(String first, String second, double similarity) {
	}

	/** The pairs of entries whose texts are nearly the same (at least {@value Fingerprints#THRESHOLD}), most similar first. */
	public List<Similar> similar(String code, Actor actor) {
		Contest contest = contests.require(code, Permission.MANAGE, actor);
		List<String[]> prints = jdbc.sql("SELECT code, fingerprint FROM contest_entries WHERE contest_id = ? AND fingerprint IS NOT NULL ORDER BY id")
			.param(contest.id()).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		List<Similar> out = new ArrayList<>();
		for (int i = 0; i < prints.size(); i++) {
			for (int j = i + 1; j < prints.size(); j++) {
				double s = Fingerprints.similarity(prints.get(i)[1], prints.get(j)[1]);
				if (s >= Fingerprints.THRESHOLD) {
					out.add(new Similar(prints.get(i)[0], prints.get(j)[0], s));
				}
			}
		}
		out.sort(java.util.Comparator.comparingDouble(Similar::similarity).reversed());
		return out;
	}

	/** The entries a judge judges, each with whether their sheet is submitted. */
	public Map<Entry, Boolean> assignedTo(Contest contest, String username) {
		Map<Entry, Boolean> out = new LinkedHashMap<>();
		Map<Long, java.util.Set<String>> who = assignments.of(contest);
		for (Entry e : entries.of(contest)) {
			if (who.getOrDefault(e.id(), java.util.Set.of()).contains(username)) {
				out.put(e, scoring.sheetOf(e, username).submitted());
			}
		}
		return out;
	}
}

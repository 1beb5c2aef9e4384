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

	/** The most pairs listed, and the most pairs compared, whatever the number of entries. */
	static final int MAX_PAIRS = 100;

	static final int MAX_COMPARISONS = 200_000;

	/** Bands of the fingerprint for locality-sensitive buckets: 32 bands of 4 values find pairs at 0.8 with probability 0.9999. */
	private static final int BANDS = 32;

	/**
	 * The pairs of entries whose texts are nearly the same (at least {@value Fingerprints#THRESHOLD}),
	 * most similar first, at most {@value #MAX_PAIRS}: only entries sharing a bucket of a band of their
	 * fingerprints are compared (locality-sensitive hashing), each pair once, at most
	 * {@value #MAX_COMPARISONS} comparisons; an entry already listed with {@value #MAX_PAIRS} others'
	 * worth of copies stops the listing, which then says there are more.
	 */
	public Similarities similar(String code, Actor actor) {
		Contest contest = contests.require(code, Permission.MANAGE, actor);
		List<String> codes = new ArrayList<>();
		List<long[]> prints = new ArrayList<>();
		jdbc.sql("SELECT code, fingerprint FROM contest_entries WHERE contest_id = ? AND fingerprint IS NOT NULL ORDER BY id")
			.param(contest.id()).query((rs, n) -> {
				long[] values = Fingerprints.values(rs.getString(2));
				if (values != null) {
					codes.add(rs.getString(1));
					prints.add(values);
				}
				return null;
			}).list();
		return similar(codes, prints);
	}

	/** The similar pairs among fingerprints' values (by code), within the bounds above. */
	static Similarities similar(List<String> codes, List<long[]> prints) {
		int rows = Fingerprints.HASHES / BANDS;
		java.util.Set<Long> compared = new java.util.HashSet<>();
		List<Similar> out = new ArrayList<>();
		boolean cut = false;
		outer: for (int band = 0; band < BANDS; band++) {
			Map<java.util.List<Long>, List<Integer>> buckets = new java.util.HashMap<>();
			for (int i = 0; i < prints.size(); i++) {
				List<Long> key = new ArrayList<>(rows);
				for (int r = 0; r < rows; r++) {
					key.add(prints.get(i)[band * rows + r]);
				}
				buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
			for (List<Integer> bucket : buckets.values()) {
				for (int x = 0; x < bucket.size(); x++) {
					for (int y = x + 1; y < bucket.size(); y++) {
						int i = bucket.get(x);
						int j = bucket.get(y);
						if (!compared.add(((long) i << 32) | j)) {
							continue;
						}
						if (compared.size() > MAX_COMPARISONS || out.size() >= MAX_PAIRS) {
							cut = true;
							break outer;
						}
						double s = Fingerprints.similarity(prints.get(i), prints.get(j));
						if (s >= Fingerprints.THRESHOLD) {
							out.add(new Similar(codes.get(i), codes.get(j), s));
						}
					}
				}
			}
		}
		out.sort(java.util.Comparator.comparingDouble(Similar::similarity).reversed());
		return new Similarities(out, cut);
	}

	/** The pairs listed, and whether there are more than were listed. */
	public record Similarities(List<Similar> pairs, boolean more) {
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

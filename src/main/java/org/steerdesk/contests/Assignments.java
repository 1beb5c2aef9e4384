package org.steerdesk.contests;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which judge judges which entry. Every judge judges every entry they have no conflict with, unless
 * the contest gives each entry N judges: then each entry is filled up to N by the judges with the
 * fewest entries so far (balanced), never a conflicted one; a conflict declared later frees its place
 * for another judge.
 */
@Service
@Transactional(readOnly = true)
public class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the judge judges the entry. */
	public boolean judges(Contest contest, long entryId, String username) {
		if (!jdbc.sql("SELECT username FROM contest_judges WHERE contest_id = ?").param(contest.id()).query(String.class).list().contains(username)
				|| jdbc.sql("SELECT COUNT(*) FROM contest_conflicts WHERE entry_id = ? AND username = ?").params(entryId, username)
					.query(Long.class).single() > 0) {
			return false;
		}
		return contest.judgesPerEntry() == null
				|| jdbc.sql("SELECT COUNT(*) FROM contest_assignments WHERE entry_id = ? AND username = ?").params(entryId, username)
					.query(Long.class).single() > 0;
	}

	/** Who judges each entry of the contest (entry id → judges), read in three queries rather than per entry and judge. */
	public Map<Long, java.util.Set<String>> of(Contest contest) {
		List<String> judges = jdbc.sql("SELECT username FROM contest_judges WHERE contest_id = ? ORDER BY username").param(contest.id())
			.query(String.class).list();
		Map<Long, java.util.Set<String>> conflicts = new HashMap<>();
		jdbc.sql("SELECT c.entry_id, c.username FROM contest_conflicts c JOIN contest_entries e ON e.id = c.entry_id WHERE e.contest_id = ?")
			.param(contest.id()).query((rs, n) -> conflicts.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getString(2)))
			.list();
		Map<Long, java.util.Set<String>> assigned = new HashMap<>();
		jdbc.sql("SELECT a.entry_id, a.username FROM contest_assignments a JOIN contest_entries e ON e.id = a.entry_id WHERE e.contest_id = ?")
			.param(contest.id()).query((rs, n) -> assigned.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getString(2)))
			.list();
		Map<Long, java.util.Set<String>> out = new HashMap<>();
		for (long entry : jdbc.sql("SELECT id FROM contest_entries WHERE contest_id = ?").param(contest.id()).query(Long.class).list()) {
			java.util.Set<String> who = new java.util.TreeSet<>();
			for (String judge : judges) {
				boolean free = !conflicts.getOrDefault(entry, java.util.Set.of()).contains(judge);
				if (free && (contest.judgesPerEntry() == null || assigned.getOrDefault(entry, java.util.Set.of()).contains(judge))) {
					who.add(judge);
				}
			}
			out.put(entry, who);
		}
		return out;
	}

	/** Fills each entry up to the contest's N judges, least-loaded judges first. */
	@Transactional
	public void rebalance(Contest contest) {
		if (contest.judgesPerEntry() == null) {
			return;
		}
		List<String> judges = jdbc.sql("SELECT username FROM contest_judges WHERE contest_id = ? ORDER BY username").param(contest.id())
			.query(String.class).list();
		List<Long> entries = jdbc.sql("SELECT id FROM contest_entries WHERE contest_id = ? ORDER BY submitted_at, id").param(contest.id())
			.query(Long.class).list();
		Map<String, Long> load = new HashMap<>();
		judges.forEach(j -> load.put(j, jdbc.sql("SELECT COUNT(*) FROM contest_assignments a JOIN contest_entries e ON e.id = a.entry_id"
				+ " WHERE e.contest_id = ? AND a.username = ?").params(contest.id(), j).query(Long.class).single()));
		for (long entry : entries) {
			List<String> assigned = jdbc.sql("SELECT username FROM contest_assignments WHERE entry_id = ?").param(entry).query(String.class).list();
			List<String> conflicted = jdbc.sql("SELECT username FROM contest_conflicts WHERE entry_id = ?").param(entry).query(String.class).list();
			List<String> free = judges.stream().filter(j -> !assigned.contains(j) && !conflicted.contains(j))
				.sorted(Comparator.comparingLong((String j) -> load.get(j)).thenComparing(j -> j)).toList();
			for (int i = 0; i < Math.min(free.size(), contest.judgesPerEntry() - assigned.size()); i++) {
				jdbc.sql("INSERT INTO contest_assignments (entry_id, username) VALUES (?, ?)").params(entry, free.get(i)).update();
				load.merge(free.get(i), 1L, Long::sum);
			}
		}
	}
}

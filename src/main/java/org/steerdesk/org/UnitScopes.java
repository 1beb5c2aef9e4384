package org.steerdesk.org;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the scope of a unit: the unit, its whole subtree (by materialised path), and every unit
 * merged into any of them (units whose successor is in the scope), with their subtrees, transitively.
 */
@Service
@Transactional(readOnly = true)
public class UnitScopes {

	private final JdbcClient jdbc;

	UnitScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids of every unit in the scope of {@code unitId}; empty when the unit does not exist. */
	public Set<Long> resolve(long unitId) {
		Set<Long> scope = new HashSet<>();
		List<String> rootPath = jdbc.sql("SELECT path FROM org_units WHERE id = ?").param(unitId).query(String.class).list();
		if (rootPath.isEmpty()) {
			return scope;
		}
		scope.addAll(subtree(rootPath.get(0)));
		List<Merge> merges = jdbc.sql("SELECT id, successor_id, path FROM org_units WHERE successor_id IS NOT NULL")
			.query((rs, n) -> new Merge(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		boolean grown = !merges.isEmpty();
		while (grown) {
			grown = false;
			for (Merge merge : merges) {
				if (scope.contains(merge.successor()) && !scope.contains(merge.predecessor())) {
					scope.addAll(subtree(merge.path()));
					grown = true;
				}
			}
		}
		return scope;
	}

	/** Every unit's id. */
	public Set<Long> all() {
		return new HashSet<>(jdbc.sql("SELECT id FROM org_units").query(Long.class).list());
	}

	/** Whether a set of unit ids holds every unit, so that a query need not filter by unit at all. */
	public boolean isEverything(Set<Long> unitIds) {
		return unitIds.size() >= jdbc.sql("SELECT COUNT(*) FROM org_units").query(Long.class).single();
	}

	/** Units without a parent. */
	public List<Long> roots() {
		return jdbc.sql("SELECT id FROM org_units WHERE parent_id IS NULL").query(Long.class).list();
	}

	/** Whether {@code unitId} lies in the scope of {@code scopeUnitId}. */
	public boolean covers(long scopeUnitId, long unitId) {
		return covers(scopeUnitId, unitId, new HashSet<>());
	}

	private boolean covers(long scopeUnitId, long unitId, Set<Long> visited) {
		if (!visited.add(unitId)) {
			return false;
		}
		List<String> paths = jdbc.sql("SELECT path FROM org_units WHERE id = ?").param(unitId).query(String.class).list();
		if (paths.isEmpty()) {
			return false;
		}
		List<Long> lineage = lineage(paths.get(0));
		if (lineage.contains(scopeUnitId)) {
			return true;
		}
		Deque<Long> successors = new ArrayDeque<>(jdbc
			.sql("SELECT successor_id FROM org_units WHERE id IN (:ids) AND successor_id IS NOT NULL")
			.param("ids", lineage)
			.query(Long.class)
			.list());
		for (Long successor : successors) {
			if (covers(scopeUnitId, successor, visited)) {
				return true;
			}
		}
		return false;
	}

	private List<Long> subtree(String path) {
		return jdbc.sql("SELECT id FROM org_units WHERE path LIKE ?").param(path + "%").query(Long.class).list();
	}

	/** The ids on a path, root first: {@code /1/5/23/} → 1, 5, 23. */
	static List<Long> lineage(String path) {
		return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

	private record Merge(long predecessor, long successor, String path) {
	}
}

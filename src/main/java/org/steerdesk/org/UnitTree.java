package org.steerdesk.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moving about the org tree: a unit's children, its subtree, the units merged into it, its ancestors — in the province's order. */
@Service
@Transactional(readOnly = true)
public class UnitTree {

	private final JdbcClient jdbc;

	private final Units units;

	UnitTree(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	public List<OrgUnit> children(long parentId) {
		return UnitOrder.sorted(jdbc.sql("SELECT * FROM org_units WHERE parent_id = ?").param(parentId).query(Units::map).list());
	}

	/** The unit and all below it (by path), in tree order. */
	public List<OrgUnit> subtree(OrgUnit root) {
		return UnitOrder.treeOrder(jdbc.sql("SELECT * FROM org_units WHERE path LIKE ?").param(root.path() + "%").query(Units::map).list());
	}

	/** Units that closed with this unit as successor (merged into it). */
	public List<OrgUnit> predecessors(long unitId) {
		return UnitOrder.sorted(jdbc.sql("SELECT * FROM org_units WHERE successor_id = ?").param(unitId).query(Units::map).list());
	}

	/** Ancestors, root first. */
	public List<OrgUnit> ancestors(OrgUnit unit) {
		List<Long> ids = UnitScopes.lineage(unit.path()).stream().filter(id -> id != unit.id()).toList();
		Map<Long, OrgUnit> byId = new LinkedHashMap<>();
		units.byIds(ids).forEach(u -> byId.put(u.id(), u));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}
}

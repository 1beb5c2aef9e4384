package org.steerdesk.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Grant;

/** Grants as pages show them: role and the unit's code and name. */
@Component
class RoleLabels {

	/** A grant with its unit (null for an ADMIN grant on every unit). */
	record GrantView(String role, OrgUnit unit) {

		/** The unit code as forms and the API write it. */
		String unitCode() {
			return unit == null ? "*" : unit.code();
		}
	}

	private final Units units;

	RoleLabels(Units units) {
		this.units = units;
	}

	List<GrantView> describe(List<Grant> grants) {
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(grants.stream().map(Grant::unitId).filter(id -> id != 0).distinct().toList())
			.forEach(u -> byId.put(u.id(), u));
		return grants.stream().map(g -> new GrantView(g.role().name(), byId.get(g.unitId()))).toList();
	}
}

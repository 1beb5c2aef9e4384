package org.steerdesk.home;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/**
 * The name of the unit a register's list shows, for its heading: the unit filtered on, else the
 * user's own unit (the top of what they read) — "Tin, bài — Huyện Tràng Định".
 */
@ControllerAdvice(basePackages = { "org.steerdesk.media.web", "org.steerdesk.external.web", "org.steerdesk.gatherings.web",
		"org.steerdesk.training.web", "org.steerdesk.awards.web", "org.steerdesk.contests.web" })
class ListHeadings {

	private final Units units;

	private final OrgAccess access;

	ListHeadings(Units units, OrgAccess access) {
		this.units = units;
		this.access = access;
	}

	@ModelAttribute("scopeName")
	String scopeName(@RequestParam(required = false) String unit, Actor actor, Locale locale) {
		if (unit != null && !unit.isBlank()) {
			return units.byCodeOrName(unit).map(u -> u.name(locale)).orElse(null);
		}
		List<Long> roots = access.scopeRoots(actor, Permission.READ);
		return roots.size() == 1 ? units.byId(roots.get(0)).map(u -> u.name(locale)).orElse(null) : null;
	}
}

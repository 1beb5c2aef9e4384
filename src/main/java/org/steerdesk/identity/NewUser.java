package org.steerdesk.identity;

import java.util.List;

/** What creating a user takes; roles name units by code (spec §4 {@code POST /api/v1/users}). */
public record NewUser(String username, String password, String displayName, List<RoleOnUnit> roles) {

	/** A role on a unit, by the unit's code. */
	public record RoleOnUnit(String role, String unitCode) {
	}
}

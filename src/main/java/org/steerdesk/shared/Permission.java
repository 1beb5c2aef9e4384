package org.steerdesk.shared;

import java.util.EnumSet;
import java.util.Set;

/** What an action needs: the roles that allow it, each within the unit scope of its grant. */
public enum Permission {

	/** See registers and figures. */
	READ(EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR, Role.VIEWER)),
	/** Create, edit and import the records of units. */
	EDIT_RECORDS(EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR)),
	/** Manage org units, committees and their members. */
	MANAGE(EnumSet.of(Role.ADMIN, Role.SECRETARIAT));

	private final Set<Role> roles;

	Permission(Set<Role> roles) {
		this.roles = roles;
	}

	public Set<Role> roles() {
		return roles;
	}
}

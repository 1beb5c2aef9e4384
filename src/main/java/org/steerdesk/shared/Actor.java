package org.steerdesk.shared;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the modules see it. Controllers take it as a method parameter; the
 * identity module resolves it from the authentication.
 */
public record Actor(long userId, String username, String displayName, List<Grant> grants) {

	public Actor {
		grants = List.copyOf(grants);
	}

	public boolean isAdmin() {
		return grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
	}

	/** Units on which this actor holds any of the given roles. */
	public List<Long> unitsWith(Set<Role> roles) {
		return grants.stream().filter(g -> roles.contains(g.role())).map(Grant::unitId).distinct().toList();
	}
}

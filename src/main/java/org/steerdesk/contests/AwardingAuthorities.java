package org.steerdesk.contests;

import org.steerdesk.shared.Actor;

/**
 * The authorities a contest may name for its winners' commendation, as the commendations module
 * knows them: a contest names only one whose unit its secretariat manages (implemented by
 * {@code awards}, which listens to contests; contests depend on no register of commendations).
 */
public interface AwardingAuthorities {

	/** Whether the authority exists and the actor manages its unit. */
	boolean managedBy(String authorityCode, Actor actor);
}

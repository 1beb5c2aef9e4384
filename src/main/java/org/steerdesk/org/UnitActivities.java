package org.steerdesk.org;

import java.util.List;
import java.util.Locale;

import org.steerdesk.shared.Actor;

/**
 * What a unit received or did as another register records it (commendations it received as a
 * collective): the registers implement it and a unit's page lists every section, so that {@code org}
 * never depends on them.
 */
public interface UnitActivities {

	/** The section's heading in the language. */
	String unitTitle(Locale locale);

	/** The unit's activities in the records the actor may read, newest first. */
	List<PersonActivities.Activity> ofUnit(long unitId, Actor actor, Locale locale);
}

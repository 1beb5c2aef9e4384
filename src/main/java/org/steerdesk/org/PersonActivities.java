package org.steerdesk.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.steerdesk.shared.Actor;

/**
 * What an official took part in, as another register records it (events chaired or attended,
 * courses taken): the registers implement it and an official's page lists every section, so that
 * {@code org} never depends on them.
 */
public interface PersonActivities {

	/** One line: the record's address, its name, its day and what the person did there. */
	record Activity(String link, String label, LocalDate day, String detail) {
	}

	/** The section's heading in the language. */
	String title(Locale locale);

	/** The person's activities in the records the actor may read, newest first. */
	List<Activity> of(long personId, Actor actor, Locale locale);
}

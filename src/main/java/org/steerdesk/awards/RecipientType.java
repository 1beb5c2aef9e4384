package org.steerdesk.awards;

/** Whom a commendation goes to: a collective (a unit or a group) or an individual. */
public enum RecipientType {
	COLLECTIVE, INDIVIDUAL
}

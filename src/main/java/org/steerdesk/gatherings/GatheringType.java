package org.steerdesk.gatherings;

/** What kind of gathering (spec §2 {@code gatherings.type}). */
public enum GatheringType {
	CONFERENCE, SEMINAR, FESTIVAL, EXHIBITION, CEREMONY, MEETING, OTHER
}

package org.steerdesk.gatherings;

/** What a person did at a gathering. */
public enum GatheringRole {
	CHAIR, SPEAKER, ATTENDEE
}

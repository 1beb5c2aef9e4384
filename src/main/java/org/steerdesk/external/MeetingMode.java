package org.steerdesk.external;

/** How a meeting with a foreign partner was held. */
public enum MeetingMode {
	ONLINE, IN_PERSON
}

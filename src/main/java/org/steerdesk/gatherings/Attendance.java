package org.steerdesk.gatherings;

/** Whether a person expected at a gathering came. */
public enum Attendance {
	PRESENT, ABSENT, EXCUSED
}

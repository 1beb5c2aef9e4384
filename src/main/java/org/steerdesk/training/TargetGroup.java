package org.steerdesk.training;

/** Whom a course is for (spec §2 {@code trainings.target_group}). */
public enum TargetGroup {
	STAFF, EXPERTS, COLLABORATORS, ADVISERS, REPORTERS, OTHER
}

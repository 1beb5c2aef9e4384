package org.steerdesk.awards;

/** Where a nomination stands: being prepared by its unit, submitted, returned with a reason, or accepted by the secretariat. */
public enum NominationStatus {
	DRAFT, SUBMITTED, RETURNED, ACCEPTED
}

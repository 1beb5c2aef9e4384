package org.steerdesk.training;

import java.time.LocalDate;

/** A training course: whom it is for, when, how many hours, the organising unit, participants and how many completed it. */
public record Training(long id, String code, String title, TargetGroup targetGroup, LocalDate startDate, LocalDate endDate, Long hours,
		long unitId, Long participants, Long completed, int version) {
}

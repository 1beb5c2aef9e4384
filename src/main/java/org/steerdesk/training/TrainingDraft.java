package org.steerdesk.training;

import java.time.LocalDate;

/** The editable content of a course, as in the {@code trainings} exchange format. */
public record TrainingDraft(String code, String title, TargetGroup targetGroup, LocalDate startDate, LocalDate endDate, Long hours,
		String organiserUnitCode, Long participants, Long completed) {
}

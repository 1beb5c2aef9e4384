package org.steerdesk.training;

import java.time.LocalDate;

/** The filters of the courses list (every part may be empty): unit scope, target group, a range of start days, words. */
public record TrainingFilter(String unit, TargetGroup group, LocalDate from, LocalDate to, String q) {
}

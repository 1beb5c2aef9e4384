package org.steerdesk.gatherings;

import java.time.LocalDate;

/**
 * The filters of the gatherings list (every part may be empty): the unit whose scope to list
 * (subtree and merged units), type, image-promoting only, a range of start days, and words
 * (diacritics optional).
 */
public record GatheringFilter(String unit, GatheringType type, Boolean image, LocalDate from, LocalDate to, String q) {
}

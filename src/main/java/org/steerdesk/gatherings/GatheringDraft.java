package org.steerdesk.gatherings;

import java.time.LocalDateTime;

/**
 * The editable content of a gathering, as in the {@code gatherings} exchange format; a start or end
 * given as a day alone has no time of day ({@code startHasTime} false).
 */
public record GatheringDraft(String code, GatheringType type, String title, LocalDateTime start, boolean startHasTime,
		LocalDateTime end, boolean endHasTime, String place, Boolean online, String organiserUnitCode, Long participants,
		Long foreignParticipants, Boolean promotesImage) {
}

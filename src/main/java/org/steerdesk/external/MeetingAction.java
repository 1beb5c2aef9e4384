package org.steerdesk.external;

import java.time.LocalDate;

/** A follow-up action of a meeting, with its owner and due date. */
public record MeetingAction(long id, String action, String owner, LocalDate due, boolean done) {
}

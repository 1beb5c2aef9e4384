package org.steerdesk.shared;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(to, "to must not be null");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to must not be before from");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}

package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.Optional;

import org.steerdesk.shared.RecordScope;

import java.util.List;

/**
 * A register's figures. Implementations compute in SQL over the scope's units and range, and
 * give a drill-down whose listed rows add up to the value.
 */
public interface FigureProvider {

	List<FigureDefinition> definitions();

	/** Computes one of this provider's figures. */
	FigureValue compute(String key, FigureScope scope);

	/** The day of the latest record this provider counts within the scope (its units, up to its last day), if any. */
	default Optional<LocalDate> latestDay(RecordScope records) {
		return Optional.empty();
	}
}

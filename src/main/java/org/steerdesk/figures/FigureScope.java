package org.steerdesk.figures;

import java.util.Set;

import org.steerdesk.shared.DateRange;

/**
 * What a figure is computed over: a unit with its whole subtree and the units merged into it
 * ({@code unitIds}), and an inclusive date range.
 */
public record FigureScope(long unitId, String unitCode, Set<Long> unitIds, DateRange range) {

	public FigureScope {
		unitIds = Set.copyOf(unitIds);
	}

	/** The scope's unit ids as an array, for {@code = ANY(?)} and {@code IN} parameters. */
	public Long[] unitIdArray() {
		return unitIds.toArray(Long[]::new);
	}
}

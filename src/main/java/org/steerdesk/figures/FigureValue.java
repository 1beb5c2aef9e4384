package org.steerdesk.figures;

import java.util.Map;

/**
 * A computed figure: its value, its breakdown by dimension ({@code {"kind": {"NEWS": 12}}}) and
 * its drill-down, the register's list page with exactly the filter that produced it.
 */
public record FigureValue(String key, long value, Map<String, Map<String, Long>> breakdown, String drillDown) {

	public FigureValue {
		breakdown = breakdown == null ? Map.of() : breakdown;
	}
}

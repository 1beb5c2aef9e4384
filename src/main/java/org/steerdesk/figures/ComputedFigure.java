package org.steerdesk.figures;

import java.util.Map;

/** A figure as the API and pages show it: with its label in the reader's language. */
public record ComputedFigure(String key, String label, long value, Map<String, Map<String, Long>> breakdown,
		String drillDown) {
}

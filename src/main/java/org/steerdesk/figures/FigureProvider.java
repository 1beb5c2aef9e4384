package org.steerdesk.figures;

import java.util.List;

/**
 * A register's figures. Implementations compute in SQL over the scope's units and range, and
 * give a drill-down whose listed rows add up to the value.
 */
public interface FigureProvider {

	List<FigureDefinition> definitions();

	/** Computes one of this provider's figures. */
	FigureValue compute(String key, FigureScope scope);
}

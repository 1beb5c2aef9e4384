package org.steerdesk.figures;

import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.RecordScope;

/**
 * What a figure is computed over: a unit with its whole subtree and the units merged into it
 * ({@code unitIds}), and an inclusive date range. {@code records} is the same scope as the
 * registers' queries take it, resolved once per report (no unit condition when it is every unit).
 */
public record FigureScope(long unitId, String unitCode, Set<Long> unitIds, DateRange range, RecordScope records) {

	public FigureScope {
		unitIds = Set.copyOf(unitIds);
	}

	/** The scope's unit ids as an array, for {@code = ANY(?)} and {@code IN} parameters. */
	public Long[] unitIdArray() {
		return unitIds.toArray(Long[]::new);
	}

	/**
	 * The address of the list whose rows make the figure: {@code path} with the scope's unit and
	 * dates and the given filters ({@code name, value} pairs; a null value is left out).
	 */
	public String drillDown(String path, String... filters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("unit", unitCode);
		for (int i = 0; i + 1 < filters.length; i += 2) {
			if (filters[i + 1] != null) {
				builder.queryParam(filters[i], filters[i + 1]);
			}
		}
		return builder.queryParam("from", range.from()).queryParam("to", range.to()).build().encode().toUriString();
	}
}

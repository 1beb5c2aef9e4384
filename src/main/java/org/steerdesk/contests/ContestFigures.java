package org.steerdesk.contests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steerdesk.figures.FigureCounts;
import org.steerdesk.figures.FigureDefinition;
import org.steerdesk.figures.FigureProvider;
import org.steerdesk.figures.FigureScope;
import org.steerdesk.figures.FigureValue;
import org.steerdesk.shared.RecordScope;

/** The contests' figure (spec §3): {@code contests.entries}, by the day an entry was submitted, in the entering unit's scope. */
@Component
class ContestFigures implements FigureProvider {

	static final String ENTRIES = "contests.entries";

	private final JdbcClient jdbc;

	ContestFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(ENTRIES));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "contest_entries", "e", "unit_id", "submitted_on", records);
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		if (!ENTRIES.equals(key)) {
			throw new IllegalArgumentException("Unknown figure " + key);
		}
		return new FigureValue(key, FigureCounts.single(jdbc, "SELECT COUNT(*) FROM contest_entries e WHERE 1=1", "e", "unit_id", "submitted_on",
				scope), Map.of(), scope.drillDown("/contests/entries"));
	}
}

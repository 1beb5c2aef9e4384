package org.steerdesk.gatherings;

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

/**
 * The gatherings register's figures (spec §3): {@code gatherings.events} by type and
 * {@code gatherings.image_events}, counted by the day a gathering started, each with the list that
 * adds up to it.
 */
@Component
class GatheringFigures implements FigureProvider {

	static final String EVENTS = "gatherings.events";

	static final String IMAGE_EVENTS = "gatherings.image_events";

	private final JdbcClient jdbc;

	GatheringFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(EVENTS), FigureDefinition.of(IMAGE_EVENTS));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "gatherings", "g", "unit_id", "start_date", records);
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		return switch (key) {
			case EVENTS -> {
				Map<String, Long> byType = FigureCounts.grouped(jdbc, "SELECT g.gathering_type, COUNT(*) FROM gatherings g WHERE 1=1", "g",
						"unit_id", "start_date", "g.gathering_type", scope);
				yield new FigureValue(key, FigureCounts.total(byType), Map.of("type", byType), scope.drillDown("/gatherings"));
			}
			case IMAGE_EVENTS -> new FigureValue(key,
					FigureCounts.single(jdbc, "SELECT COUNT(*) FROM gatherings g WHERE g.promotes_image = TRUE", "g", "unit_id", "start_date",
							scope),
					Map.of(), scope.drillDown("/gatherings", "image", "true"));
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}
}

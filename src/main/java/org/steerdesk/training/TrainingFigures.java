package org.steerdesk.training;

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
 * The training register's figures (spec §3): {@code training.courses} by target group and
 * {@code training.participants} (the sum of participants), by the course's start date, each with
 * the list that adds up to it.
 */
@Component
class TrainingFigures implements FigureProvider {

	static final String COURSES = "training.courses";

	static final String PARTICIPANTS = "training.participants";

	private final JdbcClient jdbc;

	TrainingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(COURSES), FigureDefinition.of(PARTICIPANTS));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "trainings", "t", "unit_id", "start_date", records);
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		return switch (key) {
			case COURSES -> {
				Map<String, Long> byGroup = FigureCounts.grouped(jdbc, "SELECT t.target_group, COUNT(*) FROM trainings t WHERE 1=1", "t",
						"unit_id", "start_date", "t.target_group", scope);
				yield new FigureValue(key, FigureCounts.total(byGroup), Map.of("target_group", byGroup), scope.drillDown("/training"));
			}
			case PARTICIPANTS -> {
				Map<String, Long> byGroup = FigureCounts.grouped(jdbc,
						"SELECT t.target_group, COALESCE(SUM(t.participants), 0) FROM trainings t WHERE 1=1", "t", "unit_id", "start_date",
						"t.target_group", scope);
				yield new FigureValue(key, FigureCounts.total(byGroup), Map.of("target_group", byGroup), scope.drillDown("/training"));
			}
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}
}

package org.steerdesk.external;

import java.time.LocalDate;
import java.util.Optional;
import org.steerdesk.shared.RecordScope;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steerdesk.figures.FigureCounts;
import org.steerdesk.figures.FigureDefinition;
import org.steerdesk.figures.FigureProvider;
import org.steerdesk.figures.FigureScope;
import org.steerdesk.figures.FigureValue;

/**
 * External-information figures (spec §3), by the delegation's start date and the meeting's date,
 * in the scope of the host (or meeting) unit. VN members are never foreign.
 */
@Component
class ExternalFigures implements FigureProvider {

	static final String IN = "external.delegations.in";

	static final String OUT = "external.delegations.out";

	static final String VISITORS = "external.foreign_visitors";

	static final String COUNTRIES = "external.countries";

	static final String MEETINGS = "external.meetings";

	private final JdbcClient jdbc;

	ExternalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(IN), FigureDefinition.of(OUT), FigureDefinition.of(VISITORS),
				FigureDefinition.of(COUNTRIES), FigureDefinition.of(MEETINGS));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "ext_delegations", "d", "host_unit_id", "start_date", records)
			.map(day -> FigureCounts.latest(jdbc, "ext_meetings", "m", "unit_id", "meeting_date", records).filter(day::isBefore).orElse(day))
			.or(() -> FigureCounts.latest(jdbc, "ext_meetings", "m", "unit_id", "meeting_date", records));
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		return switch (key) {
			case IN, OUT -> {
				String direction = key.equals(IN) ? "IN" : "OUT";
				long value = FigureCounts.single(jdbc, "SELECT COUNT(*) FROM ext_delegations d WHERE d.direction = '" + direction + "'",
						"d", "host_unit_id", "start_date", scope);
				yield new FigureValue(key, value, Map.of(), scope.drillDown("/external/delegations", "direction", direction));
			}
			case VISITORS -> new FigureValue(key, FigureCounts.single(jdbc, """
					SELECT COALESCE(SUM(m.member_count), 0) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
					WHERE d.direction = 'IN' AND m.nationality <> 'VN'""", "d", "host_unit_id", "start_date", scope), Map.of(),
					scope.drillDown("/external/delegations", "direction", "IN"));
			case COUNTRIES -> new FigureValue(key, FigureCounts.single(jdbc, """
					SELECT COUNT(DISTINCT m.nationality) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
					WHERE d.direction = 'IN' AND m.nationality <> 'VN'""", "d", "host_unit_id", "start_date", scope), Map.of(),
					scope.drillDown("/external/countries"));
			case MEETINGS -> {
				Map<String, Long> byMode = FigureCounts.grouped(jdbc, "SELECT m.mode, COUNT(*) FROM ext_meetings m WHERE 1=1", "m",
						"unit_id", "meeting_date", "m.mode", scope);
				yield new FigureValue(key, FigureCounts.total(byMode), Map.of("mode", byMode), scope.drillDown("/external/meetings"));
			}
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}
}

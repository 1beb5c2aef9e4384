package org.steerdesk.external;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.steerdesk.figures.FigureDefinition;
import org.steerdesk.figures.FigureProvider;
import org.steerdesk.figures.FigureScope;
import org.steerdesk.figures.FigureValue;
import org.steerdesk.org.UnitScopes;
import org.steerdesk.shared.RecordScope;

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

	private final UnitScopes scopes;

	ExternalFigures(JdbcClient jdbc, UnitScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(IN), FigureDefinition.of(OUT), FigureDefinition.of(VISITORS),
				FigureDefinition.of(COUNTRIES), FigureDefinition.of(MEETINGS));
	}

	@Override
	public FigureValue compute(String key, FigureScope figureScope) {
		RecordScope scope = new RecordScope(scopes.isEverything(figureScope.unitIds()) ? null : figureScope.unitIds(),
				figureScope.range().from(), figureScope.range().to());
		return switch (key) {
			case IN, OUT -> {
				String direction = key.equals(IN) ? "IN" : "OUT";
				long value = single("SELECT COUNT(*) FROM ext_delegations d WHERE d.direction = '" + direction + "'", "d", "host_unit_id",
						"start_date", scope);
				yield new FigureValue(key, value, Map.of(), link("/external/delegations", figureScope, direction));
			}
			case VISITORS -> new FigureValue(key, single("""
					SELECT COALESCE(SUM(m.member_count), 0) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
					WHERE d.direction = 'IN' AND m.nationality <> 'VN'""", "d", "host_unit_id", "start_date", scope), Map.of(),
					link("/external/delegations", figureScope, "IN"));
			case COUNTRIES -> new FigureValue(key, single("""
					SELECT COUNT(DISTINCT m.nationality) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
					WHERE d.direction = 'IN' AND m.nationality <> 'VN'""", "d", "host_unit_id", "start_date", scope), Map.of(),
					link("/external/countries", figureScope, null));
			case MEETINGS -> {
				StringBuilder sql = new StringBuilder("SELECT m.mode, COUNT(*) FROM ext_meetings m WHERE 1=1");
				List<Object> params = new ArrayList<>();
				scope.where("m", "unit_id", "meeting_date", sql, params);
				sql.append(" GROUP BY m.mode ORDER BY m.mode");
				Map<String, Long> byMode = new LinkedHashMap<>();
				jdbc.sql(sql.toString()).params(params).query((rs, n) -> byMode.put(rs.getString(1), rs.getLong(2))).list();
				yield new FigureValue(key, byMode.values().stream().mapToLong(Long::longValue).sum(), Map.of("mode", byMode),
						link("/external/meetings", figureScope, null));
			}
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}

	private long single(String select, String alias, String unitColumn, String dayColumn, RecordScope scope) {
		StringBuilder sql = new StringBuilder(select);
		List<Object> params = new ArrayList<>();
		scope.where(alias, unitColumn, dayColumn, sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	private static String link(String path, FigureScope scope, String direction) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("unit", scope.unitCode());
		if (direction != null) {
			builder.queryParam("direction", direction);
		}
		return builder.queryParam("from", scope.range().from()).queryParam("to", scope.range().to()).build().encode().toUriString();
	}
}

package org.steerdesk.media;

import org.steerdesk.shared.RecordScope;
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

/**
 * The media register's figures (spec §3): {@code media.items} by kind, {@code media.shares} by
 * platform and {@code media.views}, each with the list page that adds up to it.
 */
@Component
class MediaFigures implements FigureProvider {

	static final String ITEMS = "media.items";

	static final String SHARES = "media.shares";

	static final String VIEWS = "media.views";

	private final JdbcClient jdbc;

	private final MediaQueries queries;

	private final org.steerdesk.org.UnitScopes scopes;

	MediaFigures(JdbcClient jdbc, MediaQueries queries, org.steerdesk.org.UnitScopes scopes) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.queries = queries;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(ITEMS), FigureDefinition.of(SHARES), FigureDefinition.of(VIEWS));
	}

	@Override
	public FigureValue compute(String key, FigureScope figureScope) {
		RecordScope scope = new RecordScope(scopes.isEverything(figureScope.unitIds()) ? null : figureScope.unitIds(),
				figureScope.range().from(), figureScope.range().to());
		return switch (key) {
			case ITEMS -> {
				Map<String, Long> byKind = grouped("SELECT i.kind, COUNT(*) FROM media_items i WHERE 1=1", "i", "published_on",
						" GROUP BY i.kind", scope);
				yield new FigureValue(key, total(byKind), Map.of("kind", byKind), drillDown("/media/items", figureScope));
			}
			case SHARES -> {
				Map<String, Long> byPlatform = grouped("""
						SELECT COALESCE(c.platform, 'OTHER'), COUNT(*) FROM media_shares s
						JOIN media_channels c ON c.id = s.channel_id WHERE 1=1""", "s", "shared_on",
						" GROUP BY COALESCE(c.platform, 'OTHER')", scope);
				yield new FigureValue(key, total(byPlatform), Map.of("platform", byPlatform), drillDown("/media/shares", figureScope));
			}
			case VIEWS -> new FigureValue(key, queries.totalViews(scope), Map.of(), drillDown("/media/views", figureScope));
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}

	private Map<String, Long> grouped(String select, String alias, String dayColumn, String groupBy, RecordScope scope) {
		StringBuilder sql = new StringBuilder(select);
		List<Object> params = new ArrayList<>();
		scope.where(alias, dayColumn, sql, params);
		sql.append(groupBy).append(" ORDER BY 1");
		Map<String, Long> out = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(params).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
		return out;
	}

	private static long total(Map<String, Long> groups) {
		return groups.values().stream().mapToLong(Long::longValue).sum();
	}

	private static String drillDown(String path, FigureScope scope) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("unit", scope.unitCode())
			.queryParam("from", scope.range().from())
			.queryParam("to", scope.range().to())
			.build()
			.encode()
			.toUriString();
	}
}

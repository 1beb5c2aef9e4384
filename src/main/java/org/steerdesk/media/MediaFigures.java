package org.steerdesk.media;

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
 * The media register's figures (spec §3): {@code media.items} by kind, {@code media.shares} by
 * platform and {@code media.views}, each with the list page that adds up to it.
 */
@Component
class MediaFigures implements FigureProvider {

	static final String ITEMS = "media.items";

	static final String SHARES = "media.shares";

	static final String VIEWS = "media.views";

	private final JdbcClient jdbc;

	private final MediaViews views;

	MediaFigures(JdbcClient jdbc, MediaViews views) {
		this.jdbc = jdbc;
		this.views = views;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(ITEMS), FigureDefinition.of(SHARES), FigureDefinition.of(VIEWS));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "media_items", "i", "unit_id", "published_on", records);
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		return switch (key) {
			case ITEMS -> {
				Map<String, Long> byKind = FigureCounts.grouped(jdbc, "SELECT i.kind, COUNT(*) FROM media_items i WHERE 1=1", "i",
						"unit_id", "published_on", "i.kind", scope);
				yield new FigureValue(key, FigureCounts.total(byKind), Map.of("kind", byKind), scope.drillDown("/media/items"));
			}
			case SHARES -> {
				Map<String, Long> byPlatform = FigureCounts.grouped(jdbc, """
						SELECT COALESCE(c.platform, 'OTHER'), COUNT(*) FROM media_shares s
						JOIN media_channels c ON c.id = s.channel_id WHERE 1=1""", "s", "unit_id", "shared_on",
						"COALESCE(c.platform, 'OTHER')", scope);
				yield new FigureValue(key, FigureCounts.total(byPlatform), Map.of("platform", byPlatform),
						scope.drillDown("/media/shares"));
			}
			case VIEWS -> new FigureValue(key, views.totalViews(scope.records()), Map.of(), scope.drillDown("/media/views"));
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
	}
}

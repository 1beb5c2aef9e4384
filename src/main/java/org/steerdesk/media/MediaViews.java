package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Bounds;
import org.steerdesk.shared.PageCursor;
import org.steerdesk.shared.RecordScope;
import org.steerdesk.shared.RefusedRequestException;

/**
 * Views as {@code media.views} counts them: for each item and share of a scope, its latest VIEWS
 * observation on or before the range's last day; the list of them, their total, the most viewed.
 */
@Service
@Transactional(readOnly = true)
public class MediaViews {

	private static final String COUNTED_ROWS = """
			SELECT c.target_type AS tt, c.target_id AS id, COALESCE(i.url, s.url) AS url, i.title, i.kind,
			COALESCE(i.published_at, s.shared_at) AS at, COALESCE(i.channel_id, s.channel_id) AS channel_id,
			c.target_unit_id AS unit_id, i.themes, c.metric_value AS views, c.id AS mid
			FROM %s c
			LEFT JOIN media_items i ON c.target_type = 'I' AND i.id = c.target_id
			LEFT JOIN media_shares s ON c.target_type = 'S' AND s.id = c.target_id WHERE 1=1""";

	private final JdbcClient jdbc;

	private final MediaQueries queries;

	MediaViews(JdbcClient jdbc, MediaQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	/**
	 * The items and shares of the scope and range with the views counted for each, as
	 * {@code media.views} counts them; the footer's total is the figure. Targets never observed
	 * count 0 and are not listed.
	 */
	public MediaPage views(MediaFilter filter, Actor actor) {
		RecordScope scope = queries.scope(filter, actor);
		List<Object> params = new ArrayList<>();
		String counted = counted(scope, params);
		List<Object> totalParams = new ArrayList<>();
		long[] totals = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(c.metric_value), 0) FROM " + counted(scope, totalParams, "m.metric_value") + " c")
			.params(totalParams)
			.query((rs, n) -> new long[] { rs.getLong(1), Bounds.sum(rs, 2) })
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		String keyset = "";
		if (filter.after() != null && !filter.after().isBlank()) {
			String[] parts = PageCursor.open(filter.after(), 2, "after").parts();
			keyset = " AND (c.target_on, c.id) < (?, ?)";
			try {
				pageParams.addAll(List.of(LocalDate.parse(parts[0]), Long.parseLong(parts[1])));
			}
			catch (RuntimeException e) {
				throw RefusedRequestException.badParameter("after");
			}
		}
		List<MediaRow> rows = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		jdbc.sql(COUNTED_ROWS.formatted(counted) + keyset + " ORDER BY c.target_on DESC, c.id DESC FETCH FIRST " + (MediaQueries.PAGE + 1)
				+ " ROWS ONLY")
			.params(pageParams)
			.query((rs, n) -> {
				rows.add(MediaQueries.raw(rs, n).row());
				cursors.add(PageCursor.write(MediaText.localDay(rs.getObject("at", OffsetDateTime.class)), rs.getLong("mid")));
				return null;
			})
			.list();
		String next = rows.size() > MediaQueries.PAGE ? cursors.get(MediaQueries.PAGE - 1) : null;
		return new MediaPage(queries.named(rows.size() > MediaQueries.PAGE ? rows.subList(0, MediaQueries.PAGE) : rows), next, totals[0], totals[1]);
	}

	/** {@code media.views} of a scope: the sum of every target's latest VIEWS observation on or before the last day. */
	long totalViews(RecordScope scope) {
		List<Object> params = new ArrayList<>();
		String counted = counted(scope, params, "m.metric_value");
		return jdbc.sql("SELECT SUM(c.metric_value) FROM " + counted + " c").params(params).query((rs, n) -> Bounds.sum(rs, 1)).single();
	}

	/** The items of the scope with the most views counted (as {@code media.views} counts them). */
	List<MediaRow> topItemsByViews(RecordScope scope, int limit) {
		List<Object> params = new ArrayList<>();
		String counted = counted(scope, params);
		List<MediaRow> rows = jdbc.sql(COUNTED_ROWS.formatted(counted) + " AND c.target_type = 'I' ORDER BY c.metric_value DESC, c.id"
				+ " FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query(MediaQueries::raw)
			.list()
			.stream()
			.map(MediaQueries.RawRow::row)
			.toList();
		return queries.named(rows);
	}

	/**
	 * The VIEWS observations counted for the items and shares of a scope as of its last day: for
	 * each target the latest made on or before that day, i.e. observed on or before it and either
	 * the last of all or followed by one on a later day. The two halves each use an index.
	 */
	private static String counted(RecordScope scope, List<Object> params) {
		return counted(scope, params, "m.*");
	}

	/**
	 * The counted observations with only {@code columns}: a total reads just the value, which the
	 * index {@code media_metrics_counted} holds beside every condition, so no row is fetched.
	 */
	private static String counted(RecordScope scope, List<Object> params, String columns) {
		LocalDate asOf = asOf(scope);
		StringBuilder latest = new StringBuilder("SELECT " + columns + " FROM media_metrics m WHERE m.metric = 'VIEWS' AND m.next_observed_on IS NULL AND m.observed_on <= ?");
		params.add(asOf);
		scope.where("m", "target_unit_id", "target_on", latest, params);
		StringBuilder superseded = new StringBuilder("SELECT " + columns + " FROM media_metrics m WHERE m.metric = 'VIEWS' AND m.next_observed_on > ? AND m.observed_on <= ?");
		params.add(asOf);
		params.add(asOf);
		scope.where("m", "target_unit_id", "target_on", superseded, params);
		return "(" + latest + " UNION ALL " + superseded + ")";
	}

	private static LocalDate asOf(RecordScope scope) {
		return scope.to() != null ? scope.to() : LocalDate.of(9999, 12, 31);
	}
}

package org.steerdesk.media;

import org.steerdesk.shared.RecordScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.Actor;

/** The statistics page's numbers for a scope and range: every chart's data, also shown as a table. */
@Service
@Transactional(readOnly = true)
public class MediaStats {

	/** A labelled number (a top item, a top unit, a platform). */
	public record Entry(String label, String link, long value) {
	}

	/** All numbers of the page. */
	public record Stats(LocalDate from, LocalDate to, List<String> months, Map<String, List<Long>> itemsByKindPerMonth,
			Map<String, Long> sharesByPlatform, List<Long> viewsAtMonthEnd, List<Entry> topItems, List<Entry> topUnits) {
	}

	private final JdbcClient jdbc;

	private final MediaQueries queries;

	private final MediaViews views;

	private final org.steerdesk.org.Units units;

	MediaStats(JdbcClient jdbc, MediaQueries queries, MediaViews views, org.steerdesk.org.Units units) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.views = views;
		this.units = units;
	}

	public Stats compute(MediaFilter filter, Actor actor) {
		RecordScope scope = queries.scope(filter, actor);
		LocalDate from = scope.from();
		LocalDate to = scope.to();
		List<String> months = org.steerdesk.shared.Bounds.months(from, to);
		Map<String, List<Long>> byKind = new TreeMap<>();
		StringBuilder sql = new StringBuilder("SELECT EXTRACT(YEAR FROM i.published_on), EXTRACT(MONTH FROM i.published_on), i.kind, COUNT(*) FROM media_items i WHERE 1=1");
		List<Object> params = new ArrayList<>();
		scope.where("i", "published_on", sql, params);
		sql.append(" GROUP BY EXTRACT(YEAR FROM i.published_on), EXTRACT(MONTH FROM i.published_on), i.kind");
		jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			String month = YearMonth.of(rs.getInt(1), rs.getInt(2)).toString();
			List<Long> series = byKind.computeIfAbsent(rs.getString(3), k -> new ArrayList<>(java.util.Collections.nCopies(months.size(), 0L)));
			int index = months.indexOf(month);
			if (index >= 0) {
				series.set(index, rs.getLong(4));
			}
			return null;
		}).list();

		Map<String, Long> byPlatform = new LinkedHashMap<>();
		StringBuilder shares = new StringBuilder("""
				SELECT COALESCE(c.platform, 'OTHER'), COUNT(*) FROM media_shares s JOIN media_channels c ON c.id = s.channel_id WHERE 1=1""");
		List<Object> shareParams = new ArrayList<>();
		scope.where("s", "shared_on", shares, shareParams);
		shares.append(" GROUP BY COALESCE(c.platform, 'OTHER') ORDER BY 2 DESC");
		jdbc.sql(shares.toString()).params(shareParams).query((rs, n) -> byPlatform.put(rs.getString(1), rs.getLong(2))).list();

		List<Long> views = new ArrayList<>();
		for (String month : months) {
			if (YearMonth.parse(month).atDay(1).isAfter(org.steerdesk.shared.ProvinceTime.today())) {
				// a month still to come has no views yet: the line stops at this month, not flat to the year's end
				views.add(null);
				continue;
			}
			LocalDate end = YearMonth.parse(month).atEndOfMonth();
			views.add(this.views.totalViews(new RecordScope(scope.unitIds(), from, end.isAfter(to) ? to : end)));
		}

		List<Entry> topItems = new ArrayList<>();
		this.views.topItemsByViews(scope, 10)
			.forEach(r -> topItems.add(new Entry(r.title(), "/media/items/" + r.id(), r.views())));

		List<Entry> topUnits = new ArrayList<>();
		StringBuilder unitsSql = new StringBuilder("SELECT i.unit_id, COUNT(*) FROM media_items i WHERE 1=1");
		List<Object> unitParams = new ArrayList<>();
		scope.where("i", "published_on", unitsSql, unitParams);
		unitsSql.append(" GROUP BY i.unit_id ORDER BY 2 DESC FETCH FIRST 10 ROWS ONLY");
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql(unitsSql.toString()).params(unitParams).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
		Map<Long, org.steerdesk.org.OrgUnit> named = new LinkedHashMap<>();
		units.byIds(counts.keySet()).forEach(u -> named.put(u.id(), u));
		counts.forEach((id, count) -> topUnits.add(new Entry(named.containsKey(id) ? named.get(id).nameVi() : String.valueOf(id),
				named.containsKey(id) ? "/org/units/" + named.get(id).code() : null, count)));
		return new Stats(from, to, months, byKind, byPlatform, views, topItems, topUnits);
	}
}

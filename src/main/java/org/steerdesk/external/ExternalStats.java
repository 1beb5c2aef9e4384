package org.steerdesk.external;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.RecordScope;

/** The external statistics page: delegations and visitors by month, countries, meetings by mode, the most active partners. */
@Service
@Transactional(readOnly = true)
public class ExternalStats {

	/** The statistics page's numbers; every chart also shown as a table. */
	public record Stats(List<String> months, List<Long> delegationsPerMonth, List<Long> visitorsPerMonth, List<ExternalQueries.CountryRow> countries,
			Map<String, Long> meetingsByMode, List<Map.Entry<String, Long>> topPartners) {
	}

	private final JdbcClient jdbc;

	private final ExternalQueries queries;

	ExternalStats(JdbcClient jdbc, ExternalQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	public Stats stats(ExternalFilter filter, Actor actor) {
		RecordScope scope = queries.scope(filter, actor);
		List<String> months = org.steerdesk.shared.Bounds.months(scope.from(), scope.to());
		List<Long> perMonth = new ArrayList<>(Collections.nCopies(months.size(), 0L));
		List<Long> visitors = new ArrayList<>(Collections.nCopies(months.size(), 0L));
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		scope.where("d", "host_unit_id", "start_date", where, params);
		jdbc.sql("""
				SELECT EXTRACT(YEAR FROM d.start_date), EXTRACT(MONTH FROM d.start_date), COUNT(*), SUM(d.foreign_members)
				FROM ext_delegations d WHERE d.direction = 'IN'""" + where
				+ " GROUP BY EXTRACT(YEAR FROM d.start_date), EXTRACT(MONTH FROM d.start_date)")
			.params(params)
			.query((rs, n) -> {
				int index = months.indexOf(YearMonth.of(rs.getInt(1), rs.getInt(2)).toString());
				if (index >= 0) {
					perMonth.set(index, rs.getLong(3));
					visitors.set(index, rs.getLong(4));
				}
				return null;
			})
			.list();
		List<ExternalQueries.CountryRow> countries = queries.countryRows(where, params);
		StringBuilder meetingWhere = new StringBuilder();
		List<Object> meetingParams = new ArrayList<>();
		scope.where("m", "unit_id", "meeting_date", meetingWhere, meetingParams);
		Map<String, Long> byMode = new LinkedHashMap<>();
		jdbc.sql("SELECT m.mode, COUNT(*) FROM ext_meetings m WHERE 1=1" + meetingWhere + " GROUP BY m.mode ORDER BY m.mode")
			.params(meetingParams)
			.query((rs, n) -> byMode.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<Object> activityParams = new ArrayList<>(params);
		activityParams.addAll(meetingParams);
		List<Map.Entry<String, Long>> top = new ArrayList<>();
		jdbc.sql("SELECT a.partner, COUNT(*) FROM (SELECT d.partner FROM ext_delegations d WHERE d.partner IS NOT NULL" + where
				+ " UNION ALL SELECT m.partner FROM ext_meetings m WHERE 1=1" + meetingWhere + ") a GROUP BY a.partner ORDER BY 2 DESC, 1"
				+ " FETCH FIRST 10 ROWS ONLY")
			.params(activityParams)
			.query((rs, n) -> top.add(Map.entry(rs.getString(1), rs.getLong(2))))
			.list();
		return new Stats(months, perMonth, visitors, countries, byMode, top);
	}
}

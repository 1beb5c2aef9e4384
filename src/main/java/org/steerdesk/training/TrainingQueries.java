package org.steerdesk.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DatedList;
import org.steerdesk.shared.Page;
import org.steerdesk.shared.RecordScope;
import org.steerdesk.shared.Rows;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;

/** The courses list with its totals, and its export — limited to what the actor may read. */
@Service
@Transactional(readOnly = true)
public class TrainingQueries {

	/** Rows on a page; the totals always cover the whole filtered list. */
	public static final int PAGE = 50;

	/** Courses and participants of one target group. */
	public record GroupTotal(long courses, long participants, long completed) {
	}

	/** A page of courses with the totals of the whole filtered list by target group. */
	public record TrainingList(List<Training> rows, String next, long total, long participants, long completed,
			Map<String, GroupTotal> byGroup) {
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	TrainingQueries(JdbcClient jdbc, Units units, OrgAccess access) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
	}

	/** The list, declared once: newest first by start day. */
	static final DatedList<Training> LIST = DatedList.of("trainings", "t", "start_date", Trainings::map, Training::startDate, Training::id);

	/** The page after {@code after} (a cursor of the previous page, or null for the first), newest first. */
	public TrainingList list(TrainingFilter filter, String after, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		conditions(filter, scope(filter, actor), where, params);
		Map<String, GroupTotal> byGroup = new LinkedHashMap<>();
		jdbc.sql("SELECT t.target_group, COUNT(*), COALESCE(SUM(t.participants), 0), COALESCE(SUM(t.completed), 0) FROM trainings t WHERE 1=1"
				+ where + " GROUP BY t.target_group ORDER BY t.target_group")
			.params(params)
			.query((RowCallbackHandler) rs -> byGroup.put(rs.getString(1), new GroupTotal(rs.getLong(2), rs.getLong(3), rs.getLong(4))));
		long total = 0;
		long participants = 0;
		long completed = 0;
		for (GroupTotal g : byGroup.values()) {
			total = Math.addExact(total, g.courses());
			participants = Math.addExact(participants, g.participants());
			completed = Math.addExact(completed, g.completed());
		}
		Page<Training> page = LIST.page(jdbc, where.toString(), params, after, PAGE, total);
		return new TrainingList(page.rows(), page.next(), total, participants, completed, byGroup);
	}

	/** Every course of the filter, newest first (exports); the scope is checked now. */
	public Rows<Training> all(TrainingFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		conditions(filter, scope(filter, actor), where, params);
		return LIST.all(jdbc, where.toString(), params);
	}

	RecordScope scope(TrainingFilter filter, Actor actor) {
		return new RecordScope(access.readScope(actor, filter.unit(), units), filter.from(), filter.to());
	}

	private static void conditions(TrainingFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("t", "unit_id", "start_date", where, params);
		if (filter.group() != null) {
			where.append(" AND t.target_group = ?");
			params.add(filter.group().name());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND t.search_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}
}

package org.steerdesk.gatherings;

import java.time.LocalDate;
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

/** The gatherings list with its totals, and its export — limited to what the actor may read. */
@Service
@Transactional(readOnly = true)
public class GatheringQueries {

	/** Rows on a page; the totals always cover the whole filtered list. */
	public static final int PAGE = 50;

	/** A page of gatherings with the totals of the whole filtered list: count by type, participants, foreign participants. */
	public record GatheringList(List<Gathering> rows, String next, long total, Map<String, Long> byType, long participants,
			long foreignParticipants) {
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	GatheringQueries(JdbcClient jdbc, Units units, OrgAccess access) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
	}

	/** The list, declared once: newest first by start day. */
	static final DatedList<Gathering> LIST = DatedList.of("gatherings", "g", "start_date", Gatherings::map, Gathering::startDate,
			Gathering::id);

	/** The page after {@code after} (a cursor of the previous page, or null for the first), newest first. */
	public GatheringList list(GatheringFilter filter, String after, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		conditions(filter, scope(filter, actor), where, params);
		Map<String, Long> byType = new LinkedHashMap<>();
		long[] people = new long[2];
		jdbc.sql("SELECT g.gathering_type, COUNT(*), COALESCE(SUM(g.participants), 0), COALESCE(SUM(g.foreign_participants), 0)"
				+ " FROM gatherings g WHERE 1=1" + where + " GROUP BY g.gathering_type ORDER BY g.gathering_type")
			.params(params)
			.query((RowCallbackHandler) rs -> {
				byType.put(rs.getString(1), rs.getLong(2));
				people[0] = Math.addExact(people[0], rs.getLong(3));
				people[1] = Math.addExact(people[1], rs.getLong(4));
			});
		long total = byType.values().stream().mapToLong(Long::longValue).sum();
		Page<Gathering> page = LIST.page(jdbc, where.toString(), params, after, PAGE, total);
		return new GatheringList(page.rows(), page.next(), total, byType, people[0], people[1]);
	}

	/** Every gathering of the filter, newest first (exports); the scope is checked now. */
	public Rows<Gathering> all(GatheringFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		conditions(filter, scope(filter, actor), where, params);
		return LIST.all(jdbc, where.toString(), params);
	}

	/** Gatherings per month of a year by type, for the statistics page. */
	public Map<String, long[]> perMonth(GatheringFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		conditions(filter, scope(filter, actor), where, params);
		Map<String, long[]> byType = new LinkedHashMap<>();
		jdbc.sql("SELECT g.gathering_type, g.start_date FROM gatherings g WHERE 1=1" + where + " ORDER BY g.gathering_type")
			.params(params)
			.query((RowCallbackHandler) rs -> byType.computeIfAbsent(rs.getString(1), k -> new long[12])[rs.getObject(2, LocalDate.class)
				.getMonthValue() - 1]++);
		return byType;
	}

	RecordScope scope(GatheringFilter filter, Actor actor) {
		return new RecordScope(access.readScope(actor, filter.unit(), units), filter.from(), filter.to());
	}

	private static void conditions(GatheringFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("g", "unit_id", "start_date", where, params);
		if (filter.type() != null) {
			where.append(" AND g.gathering_type = ?");
			params.add(filter.type().name());
		}
		if (Boolean.TRUE.equals(filter.image())) {
			where.append(" AND g.promotes_image = TRUE");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND g.search_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}
}

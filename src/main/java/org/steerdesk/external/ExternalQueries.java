package org.steerdesk.external;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Keyset;
import org.steerdesk.shared.Page;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.RecordScope;
import org.steerdesk.shared.Rows;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;

/**
 * The external-information lists (delegations, countries of visitors, meetings) with their
 * totals, and the statistics — each limited to what the actor may read.
 */
@Service
@Transactional(readOnly = true)
public class ExternalQueries {

	/** Rows on a page of a list; the totals always cover the whole filtered list. */
	public static final int PAGE = 50;

	/** A page of the delegations of the filter, with totals: count, foreign members, distinct foreign nationalities of IN delegations. */
	public record DelegationList(List<Delegation> rows, String next, long total, long foreignMembers, long countries) {
	}

	/** A country or territory of foreign visitors, with how many came and in how many delegations. */
	public record CountryRow(Country country, long visitors, long delegations) {
	}

	/** A page of the meetings of the filter, with their count by mode. */
	public record MeetingList(List<Meeting> rows, String next, long total, Map<String, Long> byMode) {
	}

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Delegations delegations;

	ExternalQueries(JdbcClient jdbc, Units units, OrgAccess access, Delegations delegations) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.delegations = delegations;
	}

	RecordScope scope(ExternalFilter filter, Actor actor) {
		return new RecordScope(access.readScope(actor, filter.unit(), units), filter.from(), filter.to());
	}

	/** The page after {@code after} (a cursor of the previous page, or null for the first). */
	public DelegationList delegations(ExternalFilter filter, String after, Actor actor) {
		Keyset keyset = Keyset.after(after);
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		delegationConditions(filter, scope, where, params);
		List<Object> pageParams = new ArrayList<>(params);
		String position = keyset.condition("d.start_date", "d.id", LocalDate::parse, pageParams);
		List<Delegation> rows = jdbc.sql("SELECT d.* FROM ext_delegations d WHERE 1=1" + where + position
				+ " ORDER BY d.start_date DESC, d.id DESC FETCH FIRST " + (PAGE + 1) + " ROWS ONLY")
			.params(pageParams)
			.query(delegations::map)
			.list();
		long[] totals = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(d.foreign_members), 0) FROM ext_delegations d WHERE 1=1" + where)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (filter.country() != null && !filter.country().isBlank()) {
			// With a nationality chosen, the visitors are those of that nationality.
			List<Object> nationalityParams = new ArrayList<>(params);
			nationalityParams.add(filter.country().strip().toUpperCase(Locale.ROOT));
			totals[1] = jdbc.sql("""
					SELECT COALESCE(SUM(m.member_count), 0) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
					WHERE m.nationality <> 'VN'""" + where + " AND m.nationality = ?")
				.params(nationalityParams)
				.query(Long.class)
				.single();
		}
		long countries = jdbc.sql("""
				SELECT COUNT(DISTINCT m.nationality) FROM ext_delegation_members m JOIN ext_delegations d ON d.id = m.delegation_id
				WHERE d.direction = 'IN' AND m.nationality <> 'VN'""" + where)
			.params(params)
			.query(Long.class)
			.single();
		Page<Delegation> page = Keyset.page(rows, PAGE, totals[0], Delegation::start, Delegation::id);
		return new DelegationList(page.rows(), page.next(), totals[0], totals[1], countries);
	}

	/**
	 * Every delegation of the filter, newest first, one at a time (exports); the scope is checked
	 * now, so a refusal comes before anything is written.
	 */
	public Rows<Delegation> allDelegations(ExternalFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		delegationConditions(filter, scope(filter, actor), where, params);
		return out -> jdbc.sql("SELECT d.* FROM ext_delegations d WHERE 1=1" + where + " ORDER BY d.start_date DESC, d.id DESC")
			.params(params)
			.query((RowCallbackHandler) rs -> out.accept(delegations.map(rs, 0)));
	}

	/** The nationalities (except VN) of the IN delegations of the filter: what {@code external.countries} counts. */
	public List<CountryRow> countries(ExternalFilter filter, Actor actor) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		scope.where("d", "host_unit_id", "start_date", where, params);
		return countryRows(where, params);
	}

	List<CountryRow> countryRows(StringBuilder where, List<Object> params) {
		return jdbc.sql("""
				SELECT m.nationality, SUM(m.member_count), COUNT(DISTINCT d.id) FROM ext_delegation_members m
				JOIN ext_delegations d ON d.id = m.delegation_id WHERE d.direction = 'IN' AND m.nationality <> 'VN'""" + where
				+ " GROUP BY m.nationality ORDER BY 2 DESC, 1")
			.params(params)
			.query((rs, n) -> new CountryRow(new Country(rs.getString(1).strip()), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** The page after {@code after} (a cursor of the previous page, or null for the first). */
	public MeetingList meetings(ExternalFilter filter, String after, Actor actor) {
		Keyset keyset = Keyset.after(after);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		meetingConditions(filter, scope(filter, actor), where, params);
		List<Object> pageParams = new ArrayList<>(params);
		String position = keyset.condition("m.meeting_date", "m.id", LocalDate::parse, pageParams);
		List<Meeting> rows = jdbc.sql("SELECT m.* FROM ext_meetings m WHERE 1=1" + where + position
				+ " ORDER BY m.meeting_date DESC, m.id DESC FETCH FIRST " + (PAGE + 1) + " ROWS ONLY")
			.params(pageParams)
			.query(Meetings::map)
			.list();
		Map<String, Long> byMode = new LinkedHashMap<>();
		jdbc.sql("SELECT m.mode, COUNT(*) FROM ext_meetings m WHERE 1=1" + where + " GROUP BY m.mode ORDER BY m.mode")
			.params(params)
			.query((rs, n) -> byMode.put(rs.getString(1), rs.getLong(2)))
			.list();
		long total = byMode.values().stream().mapToLong(Long::longValue).sum();
		Page<Meeting> page = Keyset.page(rows, PAGE, total, Meeting::date, Meeting::id);
		return new MeetingList(page.rows(), page.next(), total, byMode);
	}

	/** Every meeting of the filter, newest first, one at a time (exports); the scope is checked now. */
	public Rows<Meeting> allMeetings(ExternalFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		meetingConditions(filter, scope(filter, actor), where, params);
		return out -> jdbc.sql("SELECT m.* FROM ext_meetings m WHERE 1=1" + where + " ORDER BY m.meeting_date DESC, m.id DESC")
			.params(params)
			.query((RowCallbackHandler) rs -> out.accept(Meetings.map(rs, 0)));
	}

	private static void meetingConditions(ExternalFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("m", "unit_id", "meeting_date", where, params);
		if (filter.mode() != null) {
			where.append(" AND m.mode = ?");
			params.add(filter.mode().name());
		}
		if (filter.country() != null && !filter.country().isBlank()) {
			where.append(" AND m.country = ?");
			params.add(filter.country().strip().toUpperCase(Locale.ROOT));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND m.search_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}


	private static void delegationConditions(ExternalFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("d", "host_unit_id", "start_date", where, params);
		if (filter.direction() != null) {
			where.append(" AND d.direction = ?");
			params.add(filter.direction().name());
		}
		if (filter.purpose() != null) {
			where.append(" AND d.purposes LIKE ?");
			params.add("%;" + filter.purpose().name() + ";%");
		}
		if (filter.country() != null && !filter.country().isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM ext_delegation_members x WHERE x.delegation_id = d.id AND x.nationality = ?)");
			params.add(filter.country().strip().toUpperCase(Locale.ROOT));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND d.search_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}
}

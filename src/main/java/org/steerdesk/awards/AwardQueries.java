package org.steerdesk.awards;

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

/**
 * The commendation lists, limited to what the actor may read: recipients (by the recipient's unit,
 * else the authority's — the figures' scope — so that the list under a figure adds up to it) and
 * decisions (by the authority's unit), with their totals; drafts listed apart.
 */
@Service
@Transactional(readOnly = true)
public class AwardQueries {

	public static final int PAGE = 50;

	/** A page of recipients with the totals of the whole filtered list, by type. */
	public record RecipientList(List<Recipient> rows, String next, long total, long collectives, long individuals) {
	}

	/** A page of issued decisions with their total, and the drafts in the scope. */
	public record DecisionList(List<Decision> rows, String next, long total, List<Decision> drafts) {
	}

	static final DatedList<Recipient> RECIPIENTS = DatedList.of("award_recipients", "r", "decision_date", Recipients::map,
			Recipient::decisionDate, Recipient::id);

	static final DatedList<Decision> DECISIONS = DatedList.of("award_decisions", "d", "decision_date", Decisions::map, Decision::date,
			Decision::id);

	/** The most drafts listed above the decisions. */
	static final int MAX_DRAFTS = 200;

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Authorities authorities;

	AwardQueries(JdbcClient jdbc, Units units, OrgAccess access, Authorities authorities) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.authorities = authorities;
	}

	public RecipientList recipients(AwardFilter filter, String after, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		recipientConditions(filter, scope(filter, actor), where, params);
		Map<String, Long> byType = new LinkedHashMap<>();
		jdbc.sql("SELECT r.recipient_type, COUNT(*) FROM award_recipients r WHERE 1=1" + where + " GROUP BY r.recipient_type")
			.params(params)
			.query((RowCallbackHandler) rs -> byType.put(rs.getString(1), rs.getLong(2)));
		long collectives = byType.getOrDefault(RecipientType.COLLECTIVE.name(), 0L);
		long individuals = byType.getOrDefault(RecipientType.INDIVIDUAL.name(), 0L);
		long total = Math.addExact(collectives, individuals);
		Page<Recipient> page = RECIPIENTS.page(jdbc, where.toString(), params, after, PAGE, total);
		return new RecipientList(page.rows(), page.next(), total, collectives, individuals);
	}

	/** Every recipient of the filter, newest first (exports); the scope is checked now. */
	public Rows<Recipient> allRecipients(AwardFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		recipientConditions(filter, scope(filter, actor), where, params);
		return RECIPIENTS.all(jdbc, where.toString(), params);
	}

	public DecisionList decisions(AwardFilter filter, String after, Actor actor) {
		RecordScope scope = scope(filter, actor);
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		decisionConditions(filter, new RecordScope(scope.unitIds(), null, null), where, params);
		List<Decision> drafts = jdbc.sql("SELECT d.* FROM award_decisions d WHERE d.status = 'DRAFT'" + where + " ORDER BY d.id DESC FETCH FIRST "
				+ MAX_DRAFTS + " ROWS ONLY").params(params).query(Decisions::map).list();
		where.setLength(0);
		params.clear();
		decisionConditions(filter, scope, where, params);
		where.append(" AND d.status = 'ISSUED'");
		long total = jdbc.sql("SELECT COUNT(*) FROM award_decisions d WHERE 1=1" + where).params(params).query(Long.class).single();
		Page<Decision> page = DECISIONS.page(jdbc, where.toString(), params, after, PAGE, total);
		return new DecisionList(page.rows(), page.next(), total, drafts);
	}

	/** The decisions these ids name, by id (a page's rows look their decision up here). */
	public Map<Long, Decision> decisionsByIds(java.util.Collection<Long> ids) {
		Map<Long, Decision> out = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT * FROM award_decisions WHERE id = ANY(?)").param(ids.stream().distinct().toArray(Long[]::new))
				.query(Decisions::map).list().forEach(d -> out.put(d.id(), d));
		}
		return out;
	}

	/** The commendations a person received (as an official), newest first, that the actor may read. */
	public List<Recipient> ofPerson(long personId, Actor actor) {
		return readable(jdbc.sql("SELECT r.* FROM award_recipients r WHERE r.person_id = ?" + ISSUED + " ORDER BY r.decision_date DESC, r.id DESC")
			.param(personId).query(Recipients::map).list(), actor);
	}

	/** The commendations a unit received as a collective, newest first, that the actor may read. */
	public List<Recipient> ofUnit(long unitId, Actor actor) {
		return readable(jdbc.sql("SELECT r.* FROM award_recipients r WHERE r.unit_id = ? AND r.recipient_type = 'COLLECTIVE'" + ISSUED
				+ " ORDER BY r.decision_date DESC, r.id DESC").param(unitId).query(Recipients::map).list(), actor);
	}

	private List<Recipient> readable(List<Recipient> rows, Actor actor) {
		return rows.stream().filter(r -> access.may(actor, org.steerdesk.shared.Permission.READ, r.scopeUnitId())).limit(500).toList();
	}

	static final String ISSUED = " AND EXISTS (SELECT 1 FROM award_decisions d WHERE d.id = r.decision_id AND d.status = 'ISSUED')";

	RecordScope scope(AwardFilter filter, Actor actor) {
		return new RecordScope(access.readScope(actor, filter.unit(), units), filter.from(), filter.to());
	}

	private void recipientConditions(AwardFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("r", "scope_unit_id", "decision_date", where, params);
		where.append(" AND EXISTS (SELECT 1 FROM award_decisions d WHERE d.id = r.decision_id AND d.status = 'ISSUED'");
		formAndAuthority(filter, where, params);
		where.append(")");
		if (filter.type() != null) {
			where.append(" AND r.recipient_type = ?");
			params.add(filter.type().name());
		}
		if (!Boolean.TRUE.equals(filter.revoked())) {
			where.append(" AND r.revoked_on IS NULL");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String key = Sql.contains(VietnameseText.searchKey(filter.q()));
			where.append(" AND (r.name_key LIKE ? OR EXISTS (SELECT 1 FROM award_decisions d WHERE d.id = r.decision_id AND d.search_key LIKE ?))");
			params.add(key);
			params.add(key);
		}
	}

	private void decisionConditions(AwardFilter filter, RecordScope scope, StringBuilder where, List<Object> params) {
		scope.where("d", "unit_id", "decision_date", where, params);
		formAndAuthority(filter, where, params);
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND d.search_key LIKE ?");
			params.add(Sql.contains(VietnameseText.searchKey(filter.q())));
		}
	}

	/** The filter's form and authority, as conditions on the decision {@code d}. */
	private void formAndAuthority(AwardFilter filter, StringBuilder where, List<Object> params) {
		if (filter.form() != null) {
			where.append(" AND d.form = ?");
			params.add(filter.form().name());
		}
		if (filter.authority() != null && !filter.authority().isBlank()) {
			where.append(" AND d.authority_id = ?");
			params.add(authorities.byCode(filter.authority()).map(Authority::id).orElse(-1L));
		}
	}
}

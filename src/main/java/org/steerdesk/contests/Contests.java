package org.steerdesk.contests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.identity.Accounts;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Role;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Contests: set up by the secretariat of their unit (rubric, prize tiers, the days entries are
 * taken), their judges (users holding the JUDGE role) and the conflicts of interest declared by a
 * judge or the secretariat, with a reason.
 */
@Service
@Transactional(readOnly = true)
public class Contests {

	static final String RECORD = "contest";

	static final BigDecimal LIMIT = new BigDecimal("1000");

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Assignments assignments;

	private final AwardingAuthorities authorities;

	Contests(JdbcClient jdbc, Units units, OrgAccess access, Accounts accounts, AuditLog audit, Assignments assignments,
			AwardingAuthorities authorities) {
		this.authorities = authorities;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
	}

	public Optional<Contest> byCode(String code) {
		return code == null ? Optional.empty()
				: jdbc.sql("SELECT * FROM contests WHERE code = ?").param(code.strip()).query(Contests::map).optional();
	}

	/** The contest, which must exist. */
	public Contest get(String code) {
		return byCode(code).orElseThrow(() -> new NotFoundException("Contest " + Violations.shown(code)));
	}

	/** The contest, on whose unit the actor holds the permission (an administrator's, for a contest of no unit). */
	public Contest require(String code, Permission permission, Actor actor) {
		Contest contest = get(code);
		if (contest.unitId() == null) {
			if (!actor.isAdmin()) {
				throw new AccessDeniedException("error.access.scope");
			}
			return contest;
		}
		access.require(actor, permission, contest.unitId());
		return contest;
	}

	/** Whether the actor reads the whole contest (its unit's readers; an administrator for a contest of no unit). */
	public boolean reads(Contest contest, Actor actor) {
		return contest.unitId() == null ? actor.isAdmin() : access.may(actor, Permission.READ, contest.unitId());
	}

	/** Whether a unit lies within the contest's unit (its subtree), where entries come from. */
	public boolean within(Contest contest, long unitId) {
		if (contest.unitId() == null) {
			return units.byId(unitId).isPresent();
		}
		String top = units.byId(contest.unitId()).map(OrgUnit::path).orElse("");
		return units.byId(unitId).map(u -> u.path().startsWith(top)).orElse(false);
	}

	/** Whether the actor may enter for a unit of the contest: an editor whose scope lies within its unit, while it is open. */
	public boolean mayEnter(Contest contest, Actor actor) {
		if (contest.unitId() == null) {
			return !contest.confirmed() && access.mayAnywhere(actor, Permission.EDIT_RECORDS);
		}
		return !contest.confirmed() && (access.may(actor, Permission.EDIT_RECORDS, contest.unitId())
				|| access.scopeRoots(actor, Permission.EDIT_RECORDS).stream().anyMatch(root -> within(contest, root)));
	}

	/**
	 * What the actor sees of a contest, decided here for every page and the API alike: a judge of the
	 * contest sees it blind (the entries they judge, by their blind codes, never authors, units or
	 * the ranking), whatever other roles they hold; a reader of its unit sees it all; an editor
	 * entering from a unit within sees the entries of their own scope; anyone else nothing.
	 */
	public enum Sight {
		NONE, BLIND, ENTRANT, FULL
	}

	public Sight sight(Contest contest, Actor actor) {
		if (isJudge(contest, actor)) {
			return Sight.BLIND;
		}
		if (reads(contest, actor)) {
			return Sight.FULL;
		}
		return mayEnter(contest, actor) ? Sight.ENTRANT : Sight.NONE;
	}

	/** Whether the actor sees this entry: a judge the entries they judge; an entrant those of their scope; a reader all. */
	public boolean sees(Contest contest, Entry entry, Actor actor) {
		return switch (sight(contest, actor)) {
			case FULL -> true;
			case BLIND -> assignments.judges(contest, entry.id(), actor.username());
			case ENTRANT -> access.may(actor, Permission.READ, entry.unitId());
			case NONE -> false;
		};
	}

	/** The entries of the list the actor sees, by the rule of {@link #sees}, the actor's sight read once for them all. */
	public List<Entry> seen(Contest contest, List<Entry> entries, Actor actor) {
		return switch (sight(contest, actor)) {
			case FULL -> entries;
			case BLIND -> {
				Map<Long, Set<String>> judged = assignments.of(contest);
				yield entries.stream().filter(e -> judged.getOrDefault(e.id(), Set.of()).contains(actor.username())).toList();
			}
			case ENTRANT -> entries.stream().filter(e -> access.may(actor, Permission.READ, e.unitId())).toList();
			case NONE -> List.of();
		};
	}

	/**
	 * The contest for an actor who sees it in full (its readers, not its judges): the ranking, the
	 * authors, the results notice and the files as sent.
	 * @throws AccessDeniedException for a judge of the contest or anyone outside it
	 */
	public Contest requireFull(String code, Actor actor) {
		Contest contest = get(code);
		if (sight(contest, actor) != Sight.FULL) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		return contest;
	}

	/** Whether the actor runs the contest (its unit's secretariat). */
	public boolean manages(Contest contest, Actor actor) {
		return contest.unitId() == null ? actor.isAdmin() : access.may(actor, Permission.MANAGE, contest.unitId());
	}

	/** The contests the actor reads (their unit's readers) or judges, newest first. */
	public List<Contest> visible(Actor actor) {
		Set<Long> judged = new HashSet<>(jdbc.sql("SELECT contest_id FROM contest_judges WHERE username = ?").param(actor.username())
			.query(Long.class).list());
		return jdbc.sql("SELECT * FROM contests ORDER BY contest_year DESC, id DESC FETCH FIRST 500 ROWS ONLY").query(Contests::map).list()
			.stream().filter(c -> judged.contains(c.id()) || reads(c, actor) || mayEnter(c, actor)).toList();
	}

	public List<Criterion> criteria(Contest contest) {
		return jdbc.sql("SELECT * FROM contest_criteria WHERE contest_id = ? ORDER BY sort_order").param(contest.id())
			.query((rs, n) -> new Criterion(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBigDecimal("weight"),
					rs.getBigDecimal("max_score")))
			.list();
	}

	/** The prize tiers, best first: name → places. */
	public Map<String, Integer> prizes(Contest contest) {
		Map<String, Integer> out = new LinkedHashMap<>();
		jdbc.sql("SELECT name, places FROM contest_prizes WHERE contest_id = ? ORDER BY sort_order").param(contest.id())
			.query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
		return out;
	}

	public List<String> judges(Contest contest) {
		return jdbc.sql("SELECT username FROM contest_judges WHERE contest_id = ? ORDER BY username").param(contest.id()).query(String.class)
			.list();
	}

	/** The contest's judges by their names as the users' accounts give them (the login name where none is given). */
	public Map<String, String> judgeNames(Contest contest) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String judge : judges(contest)) {
			names.put(judge, accounts.byUsername(judge).map(org.steerdesk.identity.UserAccount::displayName).filter(n -> !n.isBlank()).orElse(judge));
		}
		return names;
	}

	public boolean isJudge(Contest contest, Actor actor) {
		return judges(contest).contains(actor.username());
	}

	/**
	 * Creates a contest with its rubric and prize tiers, in a unit the actor manages (the one named,
	 * else the actor's own when it is one).
	 * @throws org.steerdesk.shared.InvalidRecordException naming each field at fault
	 */
	@Transactional
	public Contest create(ContestDraft d, Actor actor) {
		Violations v = new Violations();
		String code = VietnameseText.nfc(d.code());
		if (code == null) {
			v.add("code", "validation.required");
		}
		else if (!Codes.isValid(code)) {
			v.add("code", "validation.code");
		}
		else if (byCode(code).isPresent()) {
			v.add("code", "contests.codeExists", code);
		}
		ContestChecks.Texts texts = ContestChecks.check(d, v);
		String name = texts.name();
		String theme = texts.theme();
		String rules = texts.rules();
		String categories = texts.categories();
		List<ContestDraft.CriterionDraft> criteria = d.criteria() == null ? List.of() : d.criteria();
		List<ContestDraft.PrizeDraft> prizes = d.prizes() == null ? List.of() : d.prizes();
		OrgUnit unit = unit(d.unitCode(), actor, v);
		if (!v.has("authorityCode") && blank(d.authorityCode()) != null && !authorities.managedBy(blank(d.authorityCode()), actor)) {
			v.add("authorityCode", "contests.authorityNotYours", Violations.shown(d.authorityCode()));
		}
		v.throwIfAny();
		long id = Sql.insert(jdbc, """
				INSERT INTO contests (code, name, edition, contest_year, theme, rules, categories, opens_on, closes_on, unit_id, judges_per_entry,
				authority_code, award_form, status, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""", code, name, d.edition(),
				d.year(), theme, rules, categories, d.opensOn(), d.closesOn(), unit == null ? null : unit.id(), d.judgesPerEntry(), blank(d.authorityCode()),
				blank(d.awardForm()), VietnameseText.searchKey(code + " " + name));
		for (int i = 0; i < criteria.size(); i++) {
			ContestDraft.CriterionDraft c = criteria.get(i);
			jdbc.sql("INSERT INTO contest_criteria (contest_id, code, name, weight, max_score, sort_order) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, c.code().strip(), VietnameseText.nfc(c.name()), c.weight(), c.max(), i).update();
		}
		for (int i = 0; i < prizes.size(); i++) {
			jdbc.sql("INSERT INTO contest_prizes (contest_id, name, places, sort_order) VALUES (?, ?, ?, ?)")
				.params(id, VietnameseText.nfc(prizes.get(i).name()), prizes.get(i).places(), i).update();
		}
		audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, Map.of("name", name, "unit", unit == null ? "" : unit.code()));
		return get(code);
	}

	/** Moves the close of a contest that is not confirmed to another day (not before it opens); audited with the day it had. */
	@Transactional
	public void extendClose(String code, LocalDate closesOn, Actor actor) {
		Contest contest = require(code, Permission.MANAGE, actor);
		Violations v = new Violations();
		if (contest.confirmed()) {
			v.add("closesOn", "contests.confirmedAlready");
		}
		if (closesOn == null) {
			v.add("closesOn", "validation.required");
		}
		else if (closesOn.isBefore(contest.opensOn())) {
			v.add("closesOn", "validation.endBeforeStart");
		}
		v.throwIfAny();
		jdbc.sql("UPDATE contests SET closes_on = ?, version = version + 1 WHERE id = ?").params(closesOn, contest.id()).update();
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, contest.code(), Map.of("closesOn", contest.closesOn().toString()),
				Map.of("closesOn", closesOn.toString()));
	}

	/** Adds a judge: an existing user holding the JUDGE role. */
	@Transactional
	public void addJudge(String code, String username, Actor actor) {
		Contest contest = require(code, Permission.MANAGE, actor);
		String name = username == null ? null : username.strip();
		boolean judge = name != null && !name.isEmpty() && name.length() <= 100
				&& accounts.actor(name).map(a -> a.grants().stream().anyMatch(g -> g.role() == Role.JUDGE)).orElse(false);
		if (!judge) {
			new Violations().add("username", name == null || name.isEmpty() ? "validation.required" : "contests.notAJudge", Violations.shown(name))
				.throwIfAny();
		}
		if (judges(contest).contains(name)) {
			return;
		}
		jdbc.sql("INSERT INTO contest_judges (contest_id, username) VALUES (?, ?)").params(contest.id(), name).update();
		assignments.rebalance(contest);
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, contest.code(), null, Map.of("judge", name));
	}

	/**
	 * Declares a judge's conflict of interest with an entry, with a reason: by the secretariat, or by
	 * the judge for themselves. The judge can neither see nor score that entry afterwards.
	 */
	@Transactional
	public void declareConflict(String code, String username, String entryCode, String reason, Actor actor) {
		Contest contest = get(code);
		boolean self = actor.username().equals(username) && isJudge(contest, actor);
		if (!self && !manages(contest, actor)) {
			throw new AccessDeniedException("error.access.scope");
		}
		Violations v = new Violations();
		if (username == null || !judges(contest).contains(username.strip())) {
			v.add("username", "contests.notJudgeOfContest", Violations.shown(username));
		}
		Long entry = entryCode == null ? null : jdbc.sql("SELECT id FROM contest_entries WHERE contest_id = ? AND (code = ? OR blind_code = ?)")
			.params(contest.id(), entryCode.strip(), entryCode.strip()).query(Long.class).optional().orElse(null);
		if (entry == null) {
			v.add("entryCode", "contests.unknownEntry", Violations.shown(entryCode));
		}
		String why = v.text(reason, "reason", 1000, true);
		if (contest.confirmed()) {
			v.add("entryCode", "contests.confirmedAlready");
		}
		v.throwIfAny();
		if (conflicted(entry, username.strip())) {
			return;
		}
		jdbc.sql("INSERT INTO contest_conflicts (entry_id, username, reason, declared_by, declared_at) VALUES (?, ?, ?, ?, ?)")
			.params(entry, username.strip(), why, actor.username(), OffsetDateTime.now()).update();
		// with N judges per entry, the conflicted judge's place goes to another
		jdbc.sql("DELETE FROM contest_assignments WHERE entry_id = ? AND username = ?").params(entry, username.strip()).update();
		assignments.rebalance(contest);
		// the judge's sheet for the entry stays (for the audit) but no longer counts in the ranking
		String sheet = jdbc.sql("SELECT submitted FROM contest_sheets WHERE entry_id = ? AND username = ?").params(entry, username.strip())
			.query(Boolean.class).optional().map(s -> s ? "submitted" : "draft").orElse("none");
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, contest.code(), null,
				Map.of("conflict", username.strip(), "entry", entryCode.strip(), "reason", why, "sheetSetAside", sheet));
	}

	/** Whether the judge declared (or was declared) a conflict with the entry. */
	public boolean conflicted(long entryId, String username) {
		return jdbc.sql("SELECT COUNT(*) FROM contest_conflicts WHERE entry_id = ? AND username = ?").params(entryId, username)
			.query(Long.class).single() > 0;
	}

	private OrgUnit unit(String unitCode, Actor actor, Violations v) {
		if (unitCode != null && !unitCode.isBlank()) {
			return units.referenced(unitCode, "unitCode", Permission.MANAGE, actor, v);
		}
		List<Long> roots = access.scopeRoots(actor, Permission.MANAGE);
		if (roots.size() != 1 && actor.isAdmin()) {
			return null;
		}
		if (roots.size() != 1) {
			v.add("unitCode", roots.isEmpty() ? "error.access.scope" : "validation.required");
			return null;
		}
		return units.byId(roots.get(0)).orElse(null);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static Contest map(ResultSet rs, int row) throws SQLException {
		int perEntry = rs.getInt("judges_per_entry");
		Integer judgesPerEntry = rs.wasNull() ? null : perEntry;
		int edition = rs.getInt("edition");
		Integer ed = rs.wasNull() ? null : edition;
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new Contest(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ed, rs.getInt("contest_year"), rs.getString("theme"),
				rs.getString("rules"), rs.getString("categories"), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class), unitId, judgesPerEntry, rs.getBigDecimal("spread_share"),
				rs.getString("authority_code"), rs.getString("award_form"), "CONFIRMED".equals(rs.getString("status")), rs.getInt("version"));
	}
}

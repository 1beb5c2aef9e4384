package org.steerdesk.contests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
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
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * A contest's entries: registered by its secretariat or by the editors of the entering unit while
 * the contest takes entries (to the end of its closing day in the province's time), each with its
 * authors; assigned to judges as the contest says.
 */
@Service
@Transactional(readOnly = true)
public class ContestEntries {

	static final int MAX_AUTHORS = 20;

	private final JdbcClient jdbc;

	private final Contests contests;

	private final Units units;

	private final OrgAccess access;

	private final Assignments assignments;

	private final AuditLog audit;

	private final EntryFiles files;

	/** The most entries one unit may register in a minute ({@code steerdesk.contests.entries-per-minute}). */
	private final int perMinute;

	ContestEntries(JdbcClient jdbc, Contests contests, Units units, OrgAccess access, Assignments assignments, AuditLog audit, EntryFiles files,
			@org.springframework.beans.factory.annotation.Value("${steerdesk.contests.entries-per-minute:30}") int perMinute) {
		this.perMinute = perMinute;
		this.files = files;
		this.jdbc = jdbc;
		this.contests = contests;
		this.units = units;
		this.access = access;
		this.assignments = assignments;
		this.audit = audit;
	}

	public List<Entry> of(Contest contest) {
		return jdbc.sql("SELECT * FROM contest_entries WHERE contest_id = ? ORDER BY submitted_at, id").param(contest.id())
			.query(ContestEntries::map).list();
	}

	/** The entry by its code, or by the code its judges know it by. */
	public Optional<Entry> byCode(Contest contest, String code) {
		if (code == null || code.isBlank() || code.length() > 64) {
			return Optional.empty();
		}
		String c = code.strip();
		return jdbc.sql("SELECT * FROM contest_entries WHERE contest_id = ? AND (code = ? OR blind_code = ?) ORDER BY CASE WHEN code = ? THEN 0 ELSE 1 END"
				+ " FETCH FIRST 1 ROWS ONLY").params(contest.id(), c, c, c).query(ContestEntries::map).optional();
	}

	public Entry get(Contest contest, String code) {
		return byCode(contest, code).orElseThrow(() -> new NotFoundException("Entry " + Violations.shown(code)));
	}

	public List<Author> authors(Entry entry) {
		return jdbc.sql("SELECT * FROM contest_authors WHERE entry_id = ? ORDER BY id").param(entry.id())
			.query((rs, n) -> {
				long unit = rs.getLong("unit_id");
				Long unitId = rs.wasNull() ? null : unit;
				long person = rs.getLong("person_id");
				return new Author(rs.getString("full_name"), unitId, rs.wasNull() ? null : person);
			})
			.list();
	}

	/**
	 * Registers an entry: refused after the contest's close, for a unit the actor may not enter for,
	 * or with a code the contest already has.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each field at fault
	 */
	@Transactional
	public Entry register(String contestCode, EntryDraft d, Actor actor) {
		Contest contest = contests.get(contestCode);
		boolean manages = contests.manages(contest, actor);
		if (!manages && !contests.mayEnter(contest, actor)) {
			throw new AccessDeniedException("error.access.scope");
		}
		Violations v = new Violations();
		if (contest.confirmed()) {
			v.add("code", "contests.confirmedAlready");
		}
		String code = VietnameseText.nfc(d.code());
		if (code == null) {
			v.add("code", "validation.required");
		}
		else if (!Codes.isValid(code)) {
			v.add("code", "validation.code");
		}
		else if (jdbc.sql("SELECT COUNT(*) FROM contest_entries WHERE contest_id = ? AND code = ?").params(contest.id(), code)
			.query(Long.class).single() > 0) {
			v.add("code", "contests.entryExists", code);
		}
		String title = v.text(d.title(), "title", 500, true);
		String category = v.text(d.category(), "category", 200, false);
		OrgUnit unit = units.referenced(d.unitCode(), "unitCode", manages ? Permission.READ : Permission.EDIT_RECORDS, actor, v);
		if (unit != null && !contests.within(contest, unit.id())) {
			v.add("unitCode", "contests.unitOutside", unit.code());
		}
		List<EntryDraft.AuthorDraft> authors = d.authors() == null ? List.of() : d.authors();
		if (authors.isEmpty()) {
			v.add("authors", "validation.required");
		}
		if (authors.size() > MAX_AUTHORS) {
			v.add("authors", "validation.atMost", authors.size(), MAX_AUTHORS);
		}
		Long[] authorUnits = new Long[Math.min(authors.size(), MAX_AUTHORS)];
		for (int i = 0; i < authorUnits.length; i++) {
			EntryDraft.AuthorDraft a = authors.get(i);
			v.text(a == null ? null : a.name(), "authors[" + i + "].name", 200, true);
			if (a != null && a.unitCode() != null && !a.unitCode().isBlank()) {
				OrgUnit u = units.byCodeOrName(a.unitCode()).orElse(null);
				if (u == null) {
					v.add("authors[" + i + "].unitCode", "validation.unknownUnit", Violations.shown(a.unitCode()));
				}
				else {
					authorUnits[i] = u.id();
				}
			}
		}
		OffsetDateTime at = d.submittedAt() == null ? OffsetDateTime.now() : d.submittedAt();
		if (at.isAfter(ProvinceTime.endOf(contest.closesOn()))) {
			v.add("submittedAt", "contests.closed", contest.closesOn().toString());
		}
		else if (at.isBefore(ProvinceTime.startOf(contest.opensOn()))) {
			v.add("submittedAt", "contests.notOpen", contest.opensOn().toString());
		}
		v.throwIfAny();
		OffsetDateTime now = OffsetDateTime.now();
		if (jdbc.sql("SELECT COUNT(*) FROM contest_entries WHERE unit_id = ? AND registered_at > ?").params(unit.id(), now.minusMinutes(1))
			.query(Long.class).single() >= perMinute) {
			throw new org.steerdesk.shared.RefusedRequestException(429, "contests.entriesTooFast", null, 60, perMinute);
		}
		long id = Sql.insert(jdbc, """
				INSERT INTO contest_entries (contest_id, code, title, category, unit_id, submitted_at, submitted_on, search_key, blind_code,
				registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contest.id(), code, title, category, unit.id(), at, ProvinceTime.day(at),
				VietnameseText.searchKey(code + " " + title), BlindCodes.next(), now);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < authorUnits.length; i++) {
			String name = VietnameseText.nfc(authors.get(i).name());
			if (seen.add(VietnameseText.searchKey(name))) {
				jdbc.sql("INSERT INTO contest_authors (entry_id, full_name, unit_id) VALUES (?, ?, ?)").params(id, name, authorUnits[i]).update();
			}
		}
		assignments.rebalance(contest);
		audit.record(actor.username(), AuditAction.CREATE, Contests.RECORD, contest.code(), null,
				Map.of("entry", code, "title", title, "unit", unit.code()));
		return get(contest, code);
	}

	/** The list under the figure {@code contests.entries}: entries of every contest by the entering unit's scope and submission day. */
	static final org.steerdesk.shared.DatedList<Entry> LIST = org.steerdesk.shared.DatedList.of("contest_entries", "e", "submitted_on",
			ContestEntries::map, e -> e.submittedAt().atZone(ProvinceTime.zone()).toLocalDate(), Entry::id);

	/** A page of entries in the scope the actor reads (a unit's subtree, days), with their total. */
	public org.steerdesk.shared.Page<Entry> inScope(String unitCode, java.time.LocalDate from, java.time.LocalDate to, String after,
			Actor actor) {
		org.steerdesk.shared.RecordScope scope = new org.steerdesk.shared.RecordScope(access.readScope(actor, unitCode, units), from, to);
		StringBuilder where = new StringBuilder();
		List<Object> params = new java.util.ArrayList<>();
		scope.where("e", "unit_id", "submitted_on", where, params);
		// the entries of a contest the actor judges are not listed with their units: the judge sees that contest blind
		where.append(" AND NOT EXISTS (SELECT 1 FROM contest_judges j WHERE j.contest_id = e.contest_id AND j.username = ?)");
		params.add(actor.username());
		long total = jdbc.sql("SELECT COUNT(*) FROM contest_entries e WHERE 1=1" + where).params(params).query(Long.class).single();
		return LIST.page(jdbc, where.toString(), params, after, 50, total);
	}

	/** Registers an entry with its file (PDF or DOCX), all or nothing: a refused file registers nothing. */
	@Transactional
	public Entry register(String contestCode, EntryDraft d, org.springframework.web.multipart.MultipartFile file, Actor actor) {
		Entry entry = register(contestCode, d, actor);
		if (file != null && (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))) {
			files.add(String.valueOf(entry.id()), List.of(file), actor);
		}
		return get(contests.get(contestCode), entry.code());
	}

	static Entry map(ResultSet rs, int row) throws SQLException {
		int count = rs.getInt("word_count");
		Integer words = rs.wasNull() ? null : count;
		return new Entry(rs.getLong("id"), rs.getLong("contest_id"), rs.getString("code"), rs.getString("title"), rs.getString("category"),
				rs.getLong("unit_id"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), words, rs.getString("blind_code"));
	}
}

package org.steerdesk.contests.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steerdesk.contests.Author;
import org.steerdesk.contests.Contest;
import org.steerdesk.contests.ContestDraft;
import org.steerdesk.contests.ContestEntries;
import org.steerdesk.contests.Contests;
import org.steerdesk.contests.Entry;
import org.steerdesk.contests.EntryDraft;
import org.steerdesk.contests.Scoring;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Violations;

/**
 * The contest API of spec §4: create a contest, register entries, assign judges, declare conflicts,
 * score as a judge (403 when conflicted or not the judge's, 422 for a value outside 0..max or an
 * unknown criterion), read an entry (blind for a judge: no author, no unit), and the ranking.
 */
@RestController
@RequestMapping("/api/v1/contests")
class ContestsApiController {

	record NewContest(String code, String name, Integer edition, Integer year, LocalDate opensOn, LocalDate closesOn,
			List<ContestDraft.CriterionDraft> criteria, String unitCode, String theme, String rules, String categories,
			List<ContestDraft.PrizeDraft> prizes, Integer judgesPerEntry, String authorityCode, String awardForm) {
	}

	record NewEntry(String code, String title, List<EntryDraft.AuthorDraft> authors, String unitCode, String submittedAt, String category) {
	}

	record NewJudge(String username) {
	}

	record NewConflict(String username, String entryCode, String reason) {
	}

	record Scores(Map<String, BigDecimal> scores) {
	}

	record Ranked(String entryCode, int rank, BigDecimal score) {
	}

	private final Contests contests;

	private final ContestEntries entries;

	private final Scoring scoring;

	private final Units units;

	private final OrgAccess access;

	private final org.steerdesk.contests.ContestResults results;

	ContestsApiController(Contests contests, ContestEntries entries, Scoring scoring, Units units, OrgAccess access,
			org.steerdesk.contests.ContestResults results) {
		this.results = results;
		this.contests = contests;
		this.entries = entries;
		this.scoring = scoring;
		this.units = units;
		this.access = access;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@RequestBody NewContest body, Actor actor) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		Contest c = contests.create(new ContestDraft(body.code(), body.name(), body.edition(), body.year(), body.opensOn(), body.closesOn(),
				body.criteria(), body.unitCode(), body.theme(), body.rules(), body.categories(), body.prizes(), body.judgesPerEntry(),
				body.authorityCode(), body.awardForm()), actor);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", c.code());
		json.put("name", c.name());
		json.put("edition", c.edition());
		json.put("year", c.year());
		json.put("opensOn", c.opensOn());
		json.put("closesOn", c.closesOn());
		json.put("criteria", contests.criteria(c).stream().map(k -> Map.of("code", k.code(), "name", k.name(), "weight", k.weight(), "max",
				k.max())).toList());
		return ResponseEntity.created(URI.create("/api/v1/contests/" + c.code())).body(json);
	}

	@PostMapping("/{code}/entries")
	ResponseEntity<Map<String, Object>> enter(@PathVariable String code, @RequestBody NewEntry body, Actor actor) {
		Entry e = entries.register(code, new EntryDraft(body.code(), body.title(), body.authors(), body.unitCode(),
				submittedAt(body.submittedAt()), body.category()), actor);
		return ResponseEntity.created(URI.create("/api/v1/contests/" + code + "/entries/" + e.code()))
			.body(entry(contests.get(code), e, false));
	}

	@PostMapping("/{code}/judges")
	ResponseEntity<Void> judge(@PathVariable String code, @RequestBody NewJudge body, Actor actor) {
		contests.addJudge(code, body.username(), actor);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{code}/conflicts")
	ResponseEntity<Void> conflict(@PathVariable String code, @RequestBody NewConflict body, Actor actor) {
		contests.declareConflict(code, body.username(), body.entryCode(), body.reason(), actor);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/**
	 * As the judge: values per criterion, merged with those already given; submitted once every
	 * criterion has one (with {@code ?draft=true}, kept as a draft).
	 */
	@PutMapping("/{code}/entries/{entryCode}/score")
	ResponseEntity<Void> score(@PathVariable String code, @PathVariable String entryCode, @RequestBody Scores body,
			@RequestParam(defaultValue = "false") boolean draft, Actor actor) {
		scoring.score(code, entryCode, body.scores(), draft ? Scoring.Submission.DRAFT : Scoring.Submission.WHEN_COMPLETE, actor);
		return ResponseEntity.noContent().build();
	}

	/**
	 * An entry, by the same rule as the pages ({@link Contests#sees}): as a judge of the contest, blind
	 * (its blind code, no author, no unit) and only an entry they judge; as a reader of the contest, in
	 * full; as an editor entering for a unit within, the entries of their scope.
	 */
	@GetMapping("/{code}/entries/{entryCode}")
	Map<String, Object> entry(@PathVariable String code, @PathVariable String entryCode, Actor actor) {
		Contest contest = contests.get(code);
		Entry e = entries.get(contest, entryCode);
		if (!contests.sees(contest, e, actor)) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		return entry(contest, e, contests.sight(contest, actor) == Contests.Sight.BLIND);
	}

	/** The ranking by the spec's rule, for the contest's readers (not its judges). */
	@GetMapping("/{code}/ranking")
	List<Ranked> ranking(@PathVariable String code, Actor actor) {
		Contest contest = contests.requireFull(code, actor);
		return results.results(contest).stream().map(r -> new Ranked(r.ranked().entry().code(), r.ranked().rank(), r.ranked().score())).toList();
	}

	private Map<String, Object> entry(Contest contest, Entry e, boolean blind) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", blind ? e.blindCode() : e.code());
		json.put("title", e.title());
		json.put("category", e.category());
		json.put("wordCount", e.wordCount());
		if (!blind) {
			json.put("unitCode", units.byId(e.unitId()).map(OrgUnit::code).orElse(null));
			json.put("submittedAt", e.submittedAt());
			json.put("authors", entries.authors(e).stream().map(a -> authorJson(a)).toList());
		}
		return json;
	}

	private Map<String, Object> authorJson(Author a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", a.name());
		json.put("unitCode", a.unitId() == null ? null : units.byId(a.unitId()).map(OrgUnit::code).orElse(null));
		return json;
	}

	/** {@code submittedAt} as an instant with its offset, a local time in the province, or a day (its start); else refused. */
	static OffsetDateTime submittedAt(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		try {
			if (t.length() > 40) {
				throw new DateTimeParseException("too long", t, 0);
			}
			if (t.length() == 10) {
				return ProvinceTime.startOf(LocalDate.parse(t));
			}
			try {
				return OffsetDateTime.parse(t);
			}
			catch (DateTimeParseException e) {
				return ProvinceTime.at(LocalDateTime.parse(t));
			}
		}
		catch (DateTimeParseException e) {
			new Violations().add("submittedAt", "error.date").throwIfAny();
			return null;
		}
	}
}

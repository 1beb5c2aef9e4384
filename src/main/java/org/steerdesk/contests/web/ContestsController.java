package org.steerdesk.contests.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.contests.Contest;
import org.steerdesk.contests.ContestDraft;
import org.steerdesk.contests.ContestEntries;
import org.steerdesk.contests.ContestProgress;
import org.steerdesk.contests.ContestResults;
import org.steerdesk.contests.Contests;
import org.steerdesk.contests.Entry;
import org.steerdesk.contests.EntryDraft;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** Contests for the secretariat and readers: the list, set-up, a contest's entries, judges, conflicts, progress and results. */
@Controller
@RequestMapping("/contests")
class ContestsController {

	private final Contests contests;

	private final ContestEntries entries;

	private final ContestProgress progress;

	private final ContestResults results;

	private final Units units;

	private final OrgAccess access;

	private final MessageSource messages;

	private final org.steerdesk.contests.EntryFiles entryFiles;

	private final org.steerdesk.contests.ResultsDocuments resultsDocuments;

	private final org.steerdesk.shared.HeavyWork heavy;

	ContestsController(org.steerdesk.shared.HeavyWork heavy, org.steerdesk.contests.ResultsDocuments resultsDocuments, org.steerdesk.contests.EntryFiles entryFiles, Contests contests, ContestEntries entries, ContestProgress progress, ContestResults results, Units units,
			OrgAccess access, MessageSource messages) {
		this.heavy = heavy;
		this.entryFiles = entryFiles;
		this.resultsDocuments = resultsDocuments;
		this.contests = contests;
		this.entries = entries;
		this.progress = progress;
		this.results = results;
		this.units = units;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("contests", contests.visible(actor));
		model.addAttribute("mayManage", access.mayAnywhere(actor, Permission.MANAGE));
		return "contests/list";
	}

	/** The entries under the figure {@code contests.entries}: by the entering unit's scope and the day submitted. */
	@GetMapping("/entries")
	String entries(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String after, Actor actor, Model model) {
		var page = entries.inScope(unit, from, to, after, actor);
		model.addAttribute("page", page);
		model.addAttribute("unit", unit);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("unitsById", unitsById(page.rows().stream().map(Entry::unitId).toList()));
		return "contests/entries";
	}

	@GetMapping("/new")
	String newContest(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
		return "contests/form";
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> form, Actor actor, Locale locale, Model model) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		try {
			Contest c = contests.create(new ContestDraft(form.get("code"), form.get("name"), ContestForms.number(form.get("edition")), ContestForms.number(form.get("year")),
					ContestForms.day(form.get("opensOn")), ContestForms.day(form.get("closesOn")), ContestForms.criteria(form.get("criteria")), form.get("unitCode"), form.get("theme"),
					form.get("rules"), form.get("categories"), ContestForms.prizes(form.get("prizes")), ContestForms.number(form.get("judgesPerEntry")),
					form.get("authorityCode"), form.get("awardForm")), actor);
			return "redirect:/contests/" + c.code();
		}
		catch (InvalidRecordException e) {
			// a day typed that is no day is said as such, before the service's "required"
			java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
			for (String day : List.of("opensOn", "closesOn")) {
				if (form.get(day) != null && !form.get(day).isBlank() && ContestForms.day(form.get(day)) == null) {
					errors.put(day, messages.getMessage("error.date", null, locale));
				}
			}
			e.violations().list().forEach(v -> errors.putIfAbsent(v.field().replaceAll("\\[\\d+\\].*$", ""),
					messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)));
			model.addAttribute("typed", form);
			model.addAttribute("errors", errors);
			return "contests/form";
		}
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		Contest contest = contests.get(code);
		Contests.Sight sight = contests.sight(contest, actor);
		if (sight == Contests.Sight.BLIND) {
			// a judge of the contest sees it blind, whatever other roles they hold
			return "redirect:/contests/" + contest.code() + "/judging";
		}
		if (sight == Contests.Sight.NONE) {
			throw new org.springframework.security.access.AccessDeniedException("error.access.scope");
		}
		boolean reads = sight == Contests.Sight.FULL;
		// an editor entering from a unit below sees the entries of their own scope, not the judging
		List<Entry> list = contests.seen(contest, entries.of(contest), actor);
		boolean manages = contests.manages(contest, actor);
		model.addAttribute("contest", contest);
		model.addAttribute("criteria", contests.criteria(contest));
		model.addAttribute("prizes", contests.prizes(contest));
		model.addAttribute("entries", list);
		model.addAttribute("authors", list.stream().collect(Collectors.toMap(Entry::id, e -> entries.authors(e))));
		model.addAttribute("entryFiles", entryFiles.of(contest, list, actor));
		model.addAttribute("unitsById", unitsById(list.stream().map(Entry::unitId).toList()));
		model.addAttribute("unit", contest.unitId() == null ? null : units.byId(contest.unitId()).orElse(null));
		model.addAttribute("judges", contests.judges(contest));
		model.addAttribute("judgeNames", contests.judgeNames(contest));
		model.addAttribute("mayManage", manages);
		model.addAttribute("mayEnter", contests.manages(contest, actor) || contests.mayEnter(contest, actor));
		model.addAttribute("results", reads ? results.results(contest) : List.of());
		if (manages) {
			model.addAttribute("progress", progress.judges(code, actor));
			model.addAttribute("totals", progress.totals(code, actor));
			model.addAttribute("similar", progress.similar(code, actor));
		}
		return "contests/show";
	}

	@PostMapping("/{code}/entries")
	String enter(@PathVariable String code, @RequestParam(required = false) String entryCode, @RequestParam(required = false) String title,
			@RequestParam(required = false) String category, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String authors, @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		List<EntryDraft.AuthorDraft> named = new ArrayList<>();
		for (String line : ContestForms.lines(authors)) {
			String[] parts = line.split(";", 2);
			named.add(new EntryDraft.AuthorDraft(parts[0].strip(), parts.length > 1 ? parts[1].strip() : unitCode));
		}
		return done(code, "entries", redirect, locale,
				() -> entries.register(code, new EntryDraft(entryCode, title, named, unitCode, null, category), file, actor));
	}

	/** An entry's file in full, for the contest's readers (judges download theirs blind from their page). */
	@GetMapping("/{code}/entries/{entry}/files/{file}")
	void entryFile(@PathVariable String code, @PathVariable long entry, @PathVariable long file, Actor actor,
			jakarta.servlet.http.HttpServletResponse response) {
		Contest contest = contests.get(code);
		if (entries.of(contest).stream().noneMatch(e -> e.id() == entry)) {
			throw new org.steerdesk.shared.NotFoundException("Entry " + entry);
		}
		entryFiles.download(String.valueOf(entry), file, actor, response);
	}

	@PostMapping("/{code}/judges")
	String judge(@PathVariable String code, @RequestParam(required = false) String username, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, "judges", redirect, locale, () -> contests.addJudge(code, username, actor));
	}

	@PostMapping("/{code}/conflicts")
	String conflict(@PathVariable String code, @RequestParam(required = false) String username, @RequestParam(required = false) String entryCode,
			@RequestParam(required = false) String reason, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(code, "judges", redirect, locale, () -> contests.declareConflict(code, username, entryCode, reason, actor));
	}

	/** Moves the close (audited): an entry after the close is refused until the secretariat extends it. */
	@PostMapping("/{code}/close")
	String close(@PathVariable String code, @RequestParam(required = false) LocalDate closesOn, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, "entries", redirect, locale, () -> contests.extendClose(code, closesOn, actor));
	}

	/** The results as a notice (DOCX or PDF, state layout), marked a draft until confirmed. */
	@GetMapping("/{code}/results.{format:docx|pdf}")
	org.springframework.http.ResponseEntity<byte[]> resultsDocument(@PathVariable String code, @PathVariable String format, Actor actor,
			Locale locale) {
		org.steerdesk.documents.DocumentFormat which = org.steerdesk.documents.DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
		byte[] bytes = heavy.run("results-document", actor.username(), () -> resultsDocuments.write(code, which, actor, locale));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(which.mediaType))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename("ket-qua-" + code + "." + format, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	@PostMapping("/{code}/confirm")
	String confirm(@PathVariable String code, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(code, "results", redirect, locale, () -> results.confirm(code, actor));
	}

	private String done(String code, String part, RedirectAttributes redirect, Locale locale, Runnable change) {
		FormSubmission.flashed(change, redirect, "contests.saved", part + "Errors", messages, locale);
		return "redirect:/contests/" + code + "#" + part;
	}

	private Map<Long, OrgUnit> unitsById(List<Long> ids) {
		return units.byIds(ids.stream().distinct().toList()).stream().collect(Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a));
	}
}

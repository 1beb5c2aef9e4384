package org.steerdesk.contests.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.contests.Assignments;
import org.steerdesk.contests.Contest;
import org.steerdesk.contests.ContestEntries;
import org.steerdesk.contests.ContestProgress;
import org.steerdesk.contests.Contests;
import org.steerdesk.contests.Criterion;
import org.steerdesk.contests.Entry;
import org.steerdesk.contests.Scoring;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.Violations;

/** A judge's pages: the entries they judge, and scoring one blind (its code, title, category and words; never its authors or unit). */
@Controller
@RequestMapping("/contests/{code}/judging")
class JudgingController {

	private final Contests contests;

	private final ContestEntries entries;

	private final ContestProgress progress;

	private final Assignments assignments;

	private final Scoring scoring;

	private final MessageSource messages;

	private final org.steerdesk.contests.JudgeCopies blind;

	JudgingController(org.steerdesk.contests.JudgeCopies blind, Contests contests, ContestEntries entries, ContestProgress progress, Assignments assignments, Scoring scoring,
			MessageSource messages) {
		this.blind = blind;
		this.contests = contests;
		this.entries = entries;
		this.progress = progress;
		this.assignments = assignments;
		this.scoring = scoring;
		this.messages = messages;
	}

	@GetMapping
	String mine(@PathVariable String code, Actor actor, Model model) {
		Contest contest = judged(code, actor);
		model.addAttribute("contest", contest);
		model.addAttribute("assigned", progress.assignedTo(contest, actor.username()));
		return "contests/judging";
	}

	@GetMapping("/{entry}")
	String entry(@PathVariable String code, @PathVariable String entry, Actor actor, Model model) {
		Contest contest = judged(code, actor);
		Entry e = entries.get(contest, entry);
		if (!contests.sees(contest, e, actor)) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		model.addAttribute("contest", contest);
		model.addAttribute("entry", e);
		model.addAttribute("criteria", contests.criteria(contest));
		model.addAttribute("sheet", scoring.sheetOf(e, actor.username()));
		model.addAttribute("files", blind.files(e));
		return "contests/score";
	}

	@PostMapping("/{entry}")
	String score(@PathVariable String code, @PathVariable String entry, @RequestParam Map<String, String> form, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		Contest contest = judged(code, actor);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Violations unreadable = new Violations();
		for (Criterion c : contests.criteria(contest)) {
			String typed = form.get("score_" + c.code());
			if (typed != null && !typed.isBlank()) {
				BigDecimal value = ContestForms.decimal(typed);
				values.put(c.code(), value == null ? BigDecimal.valueOf(-1) : value);
			}
		}
		boolean submit = "submit".equals(form.get("action"));
		FormSubmission.flashed(() -> {
			unreadable.throwIfAny();
			scoring.score(code, entry, values, submit, actor);
		}, redirect, submit ? "contests.submitted" : "contests.draftSaved", "scoreErrors", messages, locale);
		return "redirect:/contests/" + contest.code() + "/judging/" + entries.get(contest, entry).blindCode();
	}

	/** The entry's file as a judge receives it: named by the entry's code, the properties that could name its author removed. */
	@GetMapping("/{entry}/files/{file}")
	org.springframework.http.ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String entry, @PathVariable long file,
			Actor actor) {
		Contest contest = judged(code, actor);
		Entry e = entries.get(contest, entry);
		if (!contests.sees(contest, e, actor)) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		return blind.download(e, file, actor.username());
	}

	/** The judge declares a conflict of interest with the entry, with a reason; it leaves their list. */
	@PostMapping("/{entry}/conflict")
	String conflict(@PathVariable String code, @PathVariable String entry, @RequestParam(required = false) String reason, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> contests.declareConflict(code, actor.username(), entry, reason, actor), redirect, "contests.saved",
				"scoreErrors", messages, locale);
		return "redirect:/contests/" + code + "/judging";
	}

	private Contest judged(String code, Actor actor) {
		Contest contest = contests.get(code);
		if (contests.sight(contest, actor) != Contests.Sight.BLIND) {
			throw new AccessDeniedException("error.contest.notYours");
		}
		return contest;
	}
}

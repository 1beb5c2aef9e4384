package org.steerdesk.awards.web;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.awards.Authorities;
import org.steerdesk.awards.Authority;
import org.steerdesk.awards.AwardForm;
import org.steerdesk.awards.Nomination;
import org.steerdesk.awards.NominationDraft;
import org.steerdesk.awards.NominationFiles;
import org.steerdesk.awards.NominationReview;
import org.steerdesk.awards.NominationStatus;
import org.steerdesk.awards.Nominations;
import org.steerdesk.awards.RecipientDraft;
import org.steerdesk.awards.RecipientType;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/**
 * Nominations: the list (the unit's own, and those the secretariat decides on), a new nomination,
 * a nomination's page with its nominees, evidence, submission, acceptance or return, and the step
 * that makes a campaign's accepted nominations into a draft decision.
 */
@Controller
@RequestMapping("/awards/nominations")
class NominationsController {

	private final Nominations nominations;

	private final NominationReview review;

	private final NominationFiles files;

	private final Authorities authorities;

	private final Units units;

	private final OrgAccess access;

	private final MessageSource messages;

	NominationsController(Nominations nominations, NominationReview review, NominationFiles files, Authorities authorities, Units units,
			OrgAccess access, MessageSource messages) {
		this.nominations = nominations;
		this.review = review;
		this.files = files;
		this.authorities = authorities;
		this.units = units;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) NominationStatus status, Actor actor,
			Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.scope");
		List<Nomination> list = nominations.list(campaign, status, actor);
		model.addAttribute("nominations", list);
		model.addAttribute("campaign", campaign);
		model.addAttribute("status", status);
		model.addAttribute("statuses", NominationStatus.values());
		model.addAttribute("authoritiesById", authorities.all().stream().collect(Collectors.toMap(Authority::id, a -> a)));
		model.addAttribute("unitsById", units.byIds(list.stream().map(Nomination::unitId).distinct().toList()).stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a)));
		model.addAttribute("mayNominate", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		// the campaigns the secretariat may make into a decision: accepted, not yet decided, of an authority it manages
		model.addAttribute("ready", list.stream()
			.filter(n -> n.status() == NominationStatus.ACCEPTED && n.decisionId() == null
					&& access.may(actor, Permission.MANAGE, authorities.get(n.authorityId()).unitId()))
			.map(n -> Map.entry(n.campaign() + "\u0000" + n.authorityId() + "\u0000" + n.form(), n))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new))
			.values());
		return "awards/nominations";
	}

	@GetMapping("/new")
	String newNomination(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		model.addAttribute("authorities", authorities.all());
		model.addAttribute("forms", AwardForm.values());
		return "awards/nominationForm";
	}

	@PostMapping("/new")
	String create(@RequestParam(required = false) String campaign, @RequestParam(required = false) String authorityCode,
			@RequestParam(required = false) AwardForm form, @RequestParam(required = false) String unitCode, Actor actor, Locale locale,
			Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		try {
			return "redirect:/awards/nominations/" + nominations.create(new NominationDraft(campaign, authorityCode, form, unitCode), actor);
		}
		catch (InvalidRecordException e) {
			model.addAttribute("errors", e.violations().list().stream()
				.collect(Collectors.toMap(v -> v.property(), v -> messages.getMessage(v.code(), v.args().toArray(), v.code(), locale), (a, b) -> a)));
			model.addAttribute("typed", Map.of("campaign", campaign == null ? "" : campaign, "authorityCode",
					authorityCode == null ? "" : authorityCode, "form", form == null ? "" : form.name(), "unitCode", unitCode == null ? "" : unitCode));
			return newNomination(actor, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		Nomination n = nominations.require(id, Nominations.Right.READ, actor);
		model.addAttribute("nomination", n);
		model.addAttribute("authority", authorities.get(n.authorityId()));
		model.addAttribute("unit", units.byId(n.unitId()).orElseThrow());
		var nominees = nominations.nominees(n);
		model.addAttribute("nominees", nominees);
		model.addAttribute("unitsById", units.byIds(nominees.stream().map(e -> e.unitId()).filter(u -> u != null).distinct().toList()).stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a)));
		boolean mayChange = access.may(actor, Permission.EDIT_RECORDS, n.unitId()) && n.open();
		model.addAttribute("mayChange", mayChange);
		model.addAttribute("mayDecide", access.may(actor, Permission.MANAGE, authorities.get(n.authorityId()).unitId())
				&& n.status() == NominationStatus.SUBMITTED);
		model.addAttribute("recipientTypes", RecipientType.values());
		model.addAttribute("evidence", files.of(String.valueOf(id), actor));
		model.addAttribute("mayAddFiles", mayChange);
		return "awards/nomination";
	}

	@PostMapping("/{id}/nominees")
	String addNominee(@PathVariable long id, @RequestParam(required = false) RecipientType type, @RequestParam(required = false) String official,
			@RequestParam(required = false) String name, @RequestParam(required = false) String position,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String achievements, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(id, "nominees", redirect, locale,
				() -> nominations.addNominee(id, new RecipientDraft(type, official, name, position, unit, null), achievements, actor));
	}

	@PostMapping("/{id}/nominees/{nominee}/remove")
	String removeNominee(@PathVariable long id, @PathVariable long nominee, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(id, "nominees", redirect, locale, () -> nominations.removeNominee(id, nominee, actor));
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(id, "nominees", redirect, locale, () -> review.submit(id, actor));
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(id, "decide", redirect, locale, () -> review.accept(id, actor));
	}

	@PostMapping("/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(id, "decide", redirect, locale, () -> review.giveBack(id, reason, actor));
	}

	/** The campaign's accepted nominations to an authority in a form, made into a draft decision. */
	@PostMapping("/decide")
	String decide(@RequestParam(required = false) String campaign, @RequestParam(required = false) String authorityCode,
			@RequestParam(required = false) AwardForm form, Actor actor, Locale locale, RedirectAttributes redirect) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		long[] decision = new long[1];
		FormSubmission.flashed(() -> decision[0] = review.decide(campaign, authorityCode, form, actor), redirect, "awards.decision.saved",
				"decideErrors", messages, locale);
		return decision[0] == 0 ? "redirect:/awards/nominations" : "redirect:/awards/decisions/" + decision[0];
	}

	@PostMapping("/{id}/files")
	String addFiles(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> uploads, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		return done(id, "files", redirect, locale, () -> files.add(String.valueOf(id), uploads, actor));
	}

	@GetMapping("/{id}/files/{file}")
	void file(@PathVariable long id, @PathVariable long file, Actor actor, jakarta.servlet.http.HttpServletResponse response) {
		files.download(String.valueOf(id), file, actor, response);
	}

	@PostMapping("/{id}/files/{file}/remove")
	String removeFile(@PathVariable long id, @PathVariable long file, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(id, "files", redirect, locale, () -> files.remove(String.valueOf(id), file, actor));
	}

	private String done(long id, String part, RedirectAttributes redirect, Locale locale, Runnable change) {
		FormSubmission.flashed(change, redirect, "awards.recipientSaved", part + "Errors", messages, locale);
		return "redirect:/awards/nominations/" + id + "#" + part;
	}
}

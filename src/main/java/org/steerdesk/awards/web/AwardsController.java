package org.steerdesk.awards.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.awards.Authorities;
import org.steerdesk.awards.Authority;
import org.steerdesk.awards.AwardFilter;
import org.steerdesk.awards.AwardForm;
import org.steerdesk.awards.AwardQueries;
import org.steerdesk.awards.Decision;
import org.steerdesk.awards.Decisions;
import org.steerdesk.awards.Recipient;
import org.steerdesk.awards.RecipientDraft;
import org.steerdesk.awards.RecipientType;
import org.steerdesk.awards.Recipients;
import org.steerdesk.imports.ExchangeFiles;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.Permission;

/** Commendations: the decisions and recipients lists with filters, totals and exports, a decision's page and the new decision form. */
@Controller
@RequestMapping("/awards")
class AwardsController {

	static final List<String> COLUMNS = List.of("decision_number", "decision_date", "authority_code", "form", "recipient_type",
			"recipient_name", "recipient_unit_code", "position", "citation", "campaign");

	private final Decisions decisions;

	private final Recipients recipients;

	private final Authorities authorities;

	private final AwardQueries queries;

	private final Units units;

	private final OrgAccess access;

	private final MessageSource messages;

	private final org.steerdesk.awards.DecisionIssuing issuing;

	private final org.steerdesk.awards.DecisionFiles decisionFiles;

	private final org.steerdesk.awards.Revocations revocations;

	AwardsController(org.steerdesk.awards.DecisionIssuing issuing, org.steerdesk.awards.DecisionFiles decisionFiles,
			org.steerdesk.awards.Revocations revocations, Decisions decisions, Recipients recipients, Authorities authorities, AwardQueries queries, Units units, OrgAccess access,
			MessageSource messages) {
		this.issuing = issuing;
		this.decisionFiles = decisionFiles;
		this.revocations = revocations;
		this.decisions = decisions;
		this.recipients = recipients;
		this.authorities = authorities;
		this.queries = queries;
		this.units = units;
		this.access = access;
		this.messages = messages;
	}

	@ModelAttribute("forms")
	AwardForm[] forms() {
		return AwardForm.values();
	}

	@ModelAttribute("recipientTypes")
	RecipientType[] recipientTypes() {
		return RecipientType.values();
	}

	@GetMapping
	String decisions(@ModelAttribute("filter") AwardFilter filter, @RequestParam(required = false) String after, Actor actor, Model model) {
		AwardQueries.DecisionList list = queries.decisions(filter, after, actor);
		model.addAttribute("list", list);
		model.addAttribute("authorities", authorities.readable(actor));
		model.addAttribute("authoritiesById", authoritiesById(actor));
		model.addAttribute("mayManage", access.mayAnywhere(actor, Permission.MANAGE));
		return "awards/list";
	}

	@GetMapping("/recipients")
	String recipients(@ModelAttribute("filter") AwardFilter filter, @RequestParam(required = false) String after, Actor actor, Model model) {
		AwardQueries.RecipientList list = queries.recipients(filter, after, actor);
		model.addAttribute("list", list);
		model.addAttribute("authorities", authorities.readable(actor));
		model.addAttribute("decisionsById", queries.decisionsByIds(list.rows().stream().map(Recipient::decisionId).toList()));
		model.addAttribute("authoritiesById", authoritiesById(actor));
		model.addAttribute("unitsById", unitsById(list.rows().stream().map(Recipient::scopeUnitId).toList()));
		return "awards/recipients";
	}

	@GetMapping("/recipients/export.{format}")
	void export(@PathVariable String format, AwardFilter filter, Actor actor, HttpServletResponse response) throws IOException {
		Map<Long, Decision> decided = new HashMap<>();
		Map<Long, String> codes = new HashMap<>();
		org.steerdesk.shared.Rows<Recipient> rows = queries.allRecipients(filter, actor);
		ExchangeFiles.write(format, "commendations", COLUMNS, sink -> rows.each(r -> {
			Decision d = decided.computeIfAbsent(r.decisionId(), id -> decisions.byId(id).orElseThrow());
			String authority = codes.computeIfAbsent(d.authorityId(), id -> authorities.get(id).code());
			sink.accept(List.of(d.number(), d.date().toString(), authority, d.form().name(), r.type().name(), r.name(),
					r.unitId() == null ? "" : units.byId(r.unitId()).map(OrgUnit::code).orElse(""), r.position() == null ? "" : r.position(),
					r.citation() == null ? "" : r.citation(), d.campaign() == null ? "" : d.campaign()));
		}), response);
	}

	@GetMapping("/decisions/new")
	String newDecision(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		model.addAttribute("form", new DecisionForm());
		model.addAttribute("authorities", authorities.readable(actor));
		return "awards/decisionForm";
	}

	@PostMapping("/decisions/new")
	String create(@ModelAttribute("form") DecisionForm form, BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		long[] id = new long[1];
		if (FormSubmission.saved(result, () -> id[0] = decisions.create(form.toDraft(), actor))) {
			redirect.addFlashAttribute("message", "awards.decision.saved");
			return "redirect:/awards/decisions/" + id[0];
		}
		model.addAttribute("authorities", authorities.readable(actor));
		return "awards/decisionForm";
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable long id, Actor actor, Model model, Locale locale) {
		Decision decision = decisions.require(id, Permission.READ, actor);
		Authority authority = authorities.get(decision.authorityId());
		List<Recipient> list = recipients.of(decision.id());
		model.addAttribute("decision", decision);
		model.addAttribute("authority", authority);
		model.addAttribute("recipients", list);
		model.addAttribute("unitsById", unitsById(list.stream().map(Recipient::scopeUnitId).toList()));
		boolean mayManage = access.may(actor, Permission.MANAGE, authority.unitId());
		model.addAttribute("mayManage", mayManage);
		model.addAttribute("mayChange", mayManage && !decision.issuedHere());
		model.addAttribute("scans", decisionFiles.of(String.valueOf(decision.id()), actor));
		model.addAttribute("history", decisions.history(decision));
		if (mayManage && !decision.issued()) {
			model.addAttribute("signature", issuing.draftSignature(decision.id(), actor, locale));
		}
		return "awards/decision";
	}

	@PostMapping("/decisions/{id}/recipients")
	String addRecipient(@PathVariable long id, @RequestParam(required = false) RecipientType type,
			@RequestParam(required = false) String official, @RequestParam(required = false) String name,
			@RequestParam(required = false) String position, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String citation, Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> recipients.add(id, new RecipientDraft(type, official, name, position, unit, citation), actor), redirect,
				"awards.recipientSaved", "recipientErrors", messages, locale);
		return "redirect:/awards/decisions/" + id + "#recipients";
	}

	@PostMapping("/decisions/{id}/recipients/{recipient}/remove")
	String removeRecipient(@PathVariable long id, @PathVariable long recipient, Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> recipients.remove(id, recipient, actor), redirect, "awards.recipientSaved", "recipientErrors", messages,
				locale);
		return "redirect:/awards/decisions/" + id + "#recipients";
	}

	@PostMapping("/decisions/{id}/recipients/{recipient}/revoke")
	String revoke(@PathVariable long id, @PathVariable long recipient, @RequestParam(required = false) String reason,
			@RequestParam(required = false) LocalDate revokedOn, Actor actor, Locale locale, RedirectAttributes redirect) {
		Recipient r = recipients.byId(recipient).filter(x -> x.decisionId() == id)
			.orElseThrow(() -> new org.steerdesk.shared.NotFoundException("Recipient " + recipient));
		FormSubmission.flashed(() -> revocations.revoke(r.id(), reason, revokedOn, actor), redirect, "awards.recipientSaved",
				"revokeErrors", messages, locale);
		return "redirect:/awards/decisions/" + id + "#recipient-" + recipient;
	}

	private Map<Long, Authority> authoritiesById(Actor actor) {
		return authorities.all().stream().collect(Collectors.toMap(Authority::id, a -> a));
	}

	private Map<Long, OrgUnit> unitsById(Collection<Long> ids) {
		return units.byIds(new ArrayList<>(ids.stream().distinct().toList())).stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a));
	}
}

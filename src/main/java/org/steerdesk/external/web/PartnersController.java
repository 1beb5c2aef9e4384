package org.steerdesk.external.web;

import java.util.List;

import java.time.LocalDate;
import java.util.Locale;

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
import org.steerdesk.external.PartnerHistories;
import org.steerdesk.external.PartnerKind;
import org.steerdesk.external.Partner;
import org.steerdesk.external.Partners;
import org.steerdesk.external.PartnershipDraft;
import org.steerdesk.external.PartnershipKind;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Choice;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** Foreign partners: the list, a partner's whole history (partnerships, delegations, meetings), and the form. */
@Controller
@RequestMapping("/external/partners")
class PartnersController {

	private final Partners partners;

	private final PartnerHistories histories;

	private final OrgAccess access;

	static final int SUGGESTIONS = 10;

	private final FormPage page;

	PartnersController(Partners partners, PartnerHistories histories, OrgAccess access) {
		this.partners = partners;
		this.histories = histories;
		this.access = access;
		this.page = FormPage.of("external/partnerForm", "external.partner.saved", code -> "/external/partners/" + code)
			.unique("code", "external.codeExists", code -> partners.byCode(code).isPresent());
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("partnerKinds", PartnerKind.values());
		model.addAttribute("partnershipKinds", PartnershipKind.values());
		model.addAttribute("countryChoices", Country.all(locale));
	}

	@GetMapping
	String partnerList(@RequestParam(required = false) String q, Actor actor, Model model) {
		model.addAttribute("partners", partners.list(q, actor));
		model.addAttribute("q", q);
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "external/partners";
	}

	/** A partner's whole history; delegations and meetings only of units the actor reads. */
	/** Suggestions for a partner field (htmx): partners whose name, code or country contains what is typed. */
	@GetMapping("/suggest")
	String suggest(@RequestParam(defaultValue = "partner") String field, jakarta.servlet.http.HttpServletRequest request, Actor actor,
			java.util.Locale locale, Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		String query = request.getParameter(field.matches("[A-Za-z][A-Za-z0-9_]{0,60}") ? field : "partner");
		List<Partner> found = query == null || query.isBlank() || query.length() > 100 ? List.of()
				: partners.search(query.strip()).stream().limit(SUGGESTIONS).toList();
		model.addAttribute("choices", found.stream()
			.map(p -> new Choice(p.code(), p.name(locale), p.country() == null ? p.code() : p.country().name(locale) + " · " + p.code()))
			.toList());
		model.addAttribute("query", query);
		return "fragments/pickers :: options";
	}

	@GetMapping("/{code}")
	String partner(@PathVariable String code, Actor actor, Model model) {
		PartnerHistories.History history = histories.of(code, actor);
		model.addAttribute("partner", history.partner());
		model.addAttribute("partnerships", history.partnerships());
		model.addAttribute("delegations", history.delegations());
		model.addAttribute("meetings", history.meetings());
		model.addAttribute("unitsById", history.units());
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "external/partner";
	}

	@PostMapping("/{code}/partnerships")
	String addPartnership(@PathVariable String code, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) PartnershipKind kind,
			@RequestParam(required = false) LocalDate start,
			@RequestParam(required = false) LocalDate end,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String documents, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			partners.addPartnership(new PartnershipDraft(code, unitCode, kind, start, end, reference, documents), actor);
		}
		catch (InvalidRecordException e) {
			model.addAttribute("partnershipErrors", e.violations().list());
			return partner(code, actor, model);
		}
		redirect.addFlashAttribute("message", "external.partnership.saved");
		return "redirect:/external/partners/" + code;
	}

	@GetMapping("/new")
	String newPartner(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		return page.blank(new PartnerForm(), model);
	}

	@PostMapping("/new")
	String createPartner(@ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> partners.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String editPartner(@PathVariable String code, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		return page.filled(PartnerForm.of(partners.require(code)), model);
	}

	@PostMapping("/{code}/edit")
	String updatePartner(@PathVariable String code, @ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		form.setCode(code);
		return page.update(form.getCode(), result, model, redirect, () -> partners.save(form.toDraft(), actor, form.getVersion()));
	}
}

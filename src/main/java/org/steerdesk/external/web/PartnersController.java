package org.steerdesk.external.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.steerdesk.external.Partners;
import org.steerdesk.external.PartnershipDraft;
import org.steerdesk.external.PartnershipKind;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** Foreign partners: the list, a partner's whole history (partnerships, delegations, meetings), and the form. */
@Controller
@RequestMapping("/external/partners")
class PartnersController {

	private final Partners partners;

	private final PartnerHistories histories;

	private final OrgAccess access;

	PartnersController(Partners partners, PartnerHistories histories, OrgAccess access) {
		this.partners = partners;
		this.histories = histories;
		this.access = access;
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
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
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
		model.addAttribute("form", new PartnerForm());
		model.addAttribute("creating", true);
		return "external/partnerForm";
	}

	@PostMapping("/new")
	String createPartner(@ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (form.getCode() != null && partners.byCode(form.getCode().strip()).isPresent()) {
			result.rejectValue("code", "external.codeExists");
			return "external/partnerForm";
		}
		return save(form, result, actor, null, redirect);
	}

	@GetMapping("/{code}/edit")
	String editPartner(@PathVariable String code, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		model.addAttribute("form", PartnerForm.of(partners.require(code)));
		model.addAttribute("creating", false);
		return "external/partnerForm";
	}

	@PostMapping("/{code}/edit")
	String updatePartner(@PathVariable String code, @ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		form.setCode(code);
		model.addAttribute("creating", false);
		return save(form, result, actor, form.getVersion(), redirect);
	}

	private String save(PartnerForm form, BindingResult result, Actor actor, Integer version, RedirectAttributes redirect) {
		if (!FormSubmission.saved(result, () -> partners.save(form.toDraft(), actor, version))) {
			return "external/partnerForm";
		}
		redirect.addFlashAttribute("message", "external.partner.saved");
		return "redirect:/external/partners/" + form.getCode().strip();
	}
}

package org.steerdesk.external.web;

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
import org.steerdesk.external.Delegation;
import org.steerdesk.external.Delegations;
import org.steerdesk.external.Direction;
import org.steerdesk.external.Purpose;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** A delegation's page with its named members, and its form. */
@Controller
@RequestMapping("/external/delegations")
class DelegationsController {

	private final Delegations delegations;

	private final Units units;

	private final OrgAccess access;

	private final FormPage page;

	DelegationsController(Delegations delegations, Units units, OrgAccess access) {
		this.delegations = delegations;
		this.units = units;
		this.access = access;
		this.page = FormPage.of("external/delegationForm", "external.delegation.saved", code -> "/external/delegations/" + code)
			.unique("code", "external.codeExists", code -> delegations.byCode(code).isPresent());
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("directions", Direction.values());
		model.addAttribute("purposeValues", Purpose.values());
		model.addAttribute("countryChoices", Country.all(locale));
	}

	@GetMapping("/{code}")
	String delegation(@PathVariable String code, Actor actor, Model model) {
		Delegations.View view = delegations.view(code, actor);
		model.addAttribute("delegation", view.delegation());
		model.addAttribute("unit", view.unit());
		model.addAttribute("partnerRecord", view.partner());
		model.addAttribute("people", view.people());
		model.addAttribute("mayEdit", view.mayEdit());
		return "external/delegation";
	}

	@PostMapping("/{code}/people")
	String addPerson(@PathVariable String code, @RequestParam(required = false) String fullName, @RequestParam(required = false) String role,
			@RequestParam(required = false) String nationality, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			delegations.addPerson(code, fullName, role, nationality, actor);
		}
		catch (InvalidRecordException e) {
			model.addAttribute("personErrors", e.violations().list());
			return delegation(code, actor, model);
		}
		redirect.addFlashAttribute("message", "external.person.saved");
		return "redirect:/external/delegations/" + code;
	}

	@PostMapping("/{code}/people/{id}/remove")
	String removePerson(@PathVariable String code, @PathVariable long id, Actor actor) {
		delegations.removePerson(code, id, actor);
		return "redirect:/external/delegations/" + code;
	}

	@GetMapping("/new")
	String newDelegation(@RequestParam(required = false) Direction direction, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		DelegationForm form = new DelegationForm();
		form.setDirection(direction == null ? Direction.IN : direction);
		return page.blank(form, model);
	}

	@PostMapping("/new")
	String createDelegation(@ModelAttribute("form") DelegationForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> delegations.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String editDelegation(@PathVariable String code, Actor actor, Model model) {
		Delegation delegation = delegations.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(DelegationForm.of(delegation, units.byId(delegation.hostUnitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String updateDelegation(@PathVariable String code, @ModelAttribute("form") DelegationForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		form.setCode(delegations.require(code, Permission.EDIT_RECORDS, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> delegations.save(form.toDraft(), actor, form.getVersion()));
	}
}

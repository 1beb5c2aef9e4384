package org.steerdesk.external.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.external.Delegation;
import org.steerdesk.external.Delegations;
import org.steerdesk.external.Direction;
import org.steerdesk.external.Meeting;
import org.steerdesk.external.MeetingMode;
import org.steerdesk.external.Meetings;
import org.steerdesk.external.Partner;
import org.steerdesk.external.PartnerKind;
import org.steerdesk.external.Partners;
import org.steerdesk.external.Partnership;
import org.steerdesk.external.PartnershipDraft;
import org.steerdesk.external.PartnershipKind;
import org.steerdesk.external.Purpose;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/**
 * Delegation, meeting and partner pages and forms: named members of a delegation, follow-up
 * actions of a meeting, and a partner's whole history (partnerships, delegations, meetings).
 */
@Controller
@RequestMapping("/external")
class ExternalRecordsController {

	private final Delegations delegations;

	private final Meetings meetings;

	private final Partners partners;

	private final Units units;

	private final OrgAccess access;

	ExternalRecordsController(Delegations delegations, Meetings meetings, Partners partners, Units units, OrgAccess access) {
		this.delegations = delegations;
		this.meetings = meetings;
		this.partners = partners;
		this.units = units;
		this.access = access;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("directions", Direction.values());
		model.addAttribute("purposeValues", Purpose.values());
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("partnerKinds", PartnerKind.values());
		model.addAttribute("partnershipKinds", PartnershipKind.values());
		model.addAttribute("countryChoices", Country.all(locale));
	}

	// Delegations

	@GetMapping("/delegations/{code}")
	String delegation(@PathVariable String code, Actor actor, Model model) {
		Delegation delegation = requireDelegation(code);
		access.require(actor, Permission.READ, delegation.hostUnitId());
		model.addAttribute("delegation", delegation);
		model.addAttribute("unit", units.byId(delegation.hostUnitId()).orElseThrow());
		model.addAttribute("partnerRecord", delegation.partnerId() == null ? null : partners.byId(delegation.partnerId()).orElse(null));
		model.addAttribute("people", delegations.people(delegation.id()));
		model.addAttribute("mayEdit", access.may(actor, Permission.EDIT_RECORDS, delegation.hostUnitId()));
		return "external/delegation";
	}

	@PostMapping("/delegations/{code}/people")
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

	@PostMapping("/delegations/{code}/people/{id}/remove")
	String removePerson(@PathVariable String code, @PathVariable long id, Actor actor) {
		delegations.removePerson(code, id, actor);
		return "redirect:/external/delegations/" + code;
	}

	@GetMapping("/delegations/new")
	String newDelegation(@RequestParam(required = false) Direction direction, Actor actor, Model model) {
		requireEditor(actor);
		DelegationForm form = new DelegationForm();
		form.setDirection(direction == null ? Direction.IN : direction);
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		return "external/delegationForm";
	}

	@PostMapping("/delegations/new")
	String createDelegation(@ModelAttribute("form") DelegationForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (form.getCode() != null && delegations.byCode(form.getCode().strip()).isPresent()) {
			result.rejectValue("code", "external.codeExists");
			return "external/delegationForm";
		}
		return saveDelegation(form, result, actor, null, redirect);
	}

	@GetMapping("/delegations/{code}/edit")
	String editDelegation(@PathVariable String code, Actor actor, Model model) {
		Delegation delegation = requireDelegation(code);
		access.require(actor, Permission.EDIT_RECORDS, delegation.hostUnitId());
		model.addAttribute("form", DelegationForm.of(delegation, units.byId(delegation.hostUnitId()).map(OrgUnit::code).orElse(null)));
		model.addAttribute("creating", false);
		return "external/delegationForm";
	}

	@PostMapping("/delegations/{code}/edit")
	String updateDelegation(@PathVariable String code, @ModelAttribute("form") DelegationForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		Delegation delegation = requireDelegation(code);
		access.require(actor, Permission.EDIT_RECORDS, delegation.hostUnitId());
		form.setCode(delegation.code());
		model.addAttribute("creating", false);
		return saveDelegation(form, result, actor, form.getVersion(), redirect);
	}

	private String saveDelegation(DelegationForm form, BindingResult result, Actor actor, Integer version, RedirectAttributes redirect) {
		if (!FormSubmission.saved(result, () -> delegations.save(form.toDraft(), actor, version))) {
			return "external/delegationForm";
		}
		redirect.addFlashAttribute("message", "external.delegation.saved");
		return "redirect:/external/delegations/" + form.getCode().strip();
	}

	// Meetings

	@GetMapping("/meetings/{code}")
	String meeting(@PathVariable String code, Actor actor, Model model) {
		Meeting meeting = requireMeeting(code);
		access.require(actor, Permission.READ, meeting.unitId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("unit", units.byId(meeting.unitId()).orElseThrow());
		model.addAttribute("partnerRecord", meeting.partnerId() == null ? null : partners.byId(meeting.partnerId()).orElse(null));
		model.addAttribute("actions", meetings.actions(meeting.id()));
		model.addAttribute("mayEdit", access.may(actor, Permission.EDIT_RECORDS, meeting.unitId()));
		return "external/meeting";
	}

	@PostMapping("/meetings/{code}/actions")
	String addAction(@PathVariable String code, @RequestParam(required = false) String action, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			meetings.addAction(code, action, owner, due, actor);
		}
		catch (InvalidRecordException e) {
			model.addAttribute("actionErrors", e.violations().list());
			return meeting(code, actor, model);
		}
		redirect.addFlashAttribute("message", "external.action.saved");
		return "redirect:/external/meetings/" + code;
	}

	@PostMapping("/meetings/{code}/actions/{id}/done")
	String completeAction(@PathVariable String code, @PathVariable long id, Actor actor) {
		meetings.completeAction(code, id, actor);
		return "redirect:/external/meetings/" + code;
	}

	@GetMapping("/meetings/new")
	String newMeeting(Actor actor, Model model) {
		requireEditor(actor);
		model.addAttribute("form", new MeetingForm());
		model.addAttribute("creating", true);
		return "external/meetingForm";
	}

	@PostMapping("/meetings/new")
	String createMeeting(@ModelAttribute("form") MeetingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (form.getCode() != null && meetings.byCode(form.getCode().strip()).isPresent()) {
			result.rejectValue("code", "external.codeExists");
			return "external/meetingForm";
		}
		return saveMeeting(form, result, actor, null, redirect);
	}

	@GetMapping("/meetings/{code}/edit")
	String editMeeting(@PathVariable String code, Actor actor, Model model) {
		Meeting meeting = requireMeeting(code);
		access.require(actor, Permission.EDIT_RECORDS, meeting.unitId());
		model.addAttribute("form", MeetingForm.of(meeting, units.byId(meeting.unitId()).map(OrgUnit::code).orElse(null)));
		model.addAttribute("creating", false);
		return "external/meetingForm";
	}

	@PostMapping("/meetings/{code}/edit")
	String updateMeeting(@PathVariable String code, @ModelAttribute("form") MeetingForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		Meeting meeting = requireMeeting(code);
		access.require(actor, Permission.EDIT_RECORDS, meeting.unitId());
		form.setCode(meeting.code());
		model.addAttribute("creating", false);
		return saveMeeting(form, result, actor, form.getVersion(), redirect);
	}

	private String saveMeeting(MeetingForm form, BindingResult result, Actor actor, Integer version, RedirectAttributes redirect) {
		if (!FormSubmission.saved(result, () -> meetings.save(form.toDraft(), actor, version))) {
			return "external/meetingForm";
		}
		redirect.addFlashAttribute("message", "external.meeting.saved");
		return "redirect:/external/meetings/" + form.getCode().strip();
	}

	// Partners

	@GetMapping("/partners")
	String partnerList(@RequestParam(required = false) String q, Actor actor, Model model) {
		if (!access.mayAnywhere(actor, Permission.READ)) {
			throw new AccessDeniedException("error.access.noRole");
		}
		model.addAttribute("partners", partners.search(q));
		model.addAttribute("q", q);
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "external/partners";
	}

	/** A partner's whole history; delegations and meetings only of units the actor reads. */
	@GetMapping("/partners/{code}")
	String partner(@PathVariable String code, Actor actor, Model model) {
		if (!access.mayAnywhere(actor, Permission.READ)) {
			throw new AccessDeniedException("error.access.noRole");
		}
		Partner partner = partners.byCode(code).orElseThrow(() -> new NotFoundException("Partner " + code));
		List<Partnership> partnerships = partners.partnerships(partner.id()).stream()
			.filter(p -> access.may(actor, Permission.READ, p.unitId())).toList();
		List<Delegation> delegationList = delegations.ofPartner(partner.id()).stream()
			.filter(d -> access.may(actor, Permission.READ, d.hostUnitId())).toList();
		List<Meeting> meetingList = meetings.ofPartner(partner.id()).stream()
			.filter(m -> access.may(actor, Permission.READ, m.unitId())).toList();
		Map<Long, OrgUnit> byId = new HashMap<>();
		List<Long> ids = new java.util.ArrayList<>();
		partnerships.forEach(p -> ids.add(p.unitId()));
		delegationList.forEach(d -> ids.add(d.hostUnitId()));
		meetingList.forEach(m -> ids.add(m.unitId()));
		units.byIds(ids.stream().distinct().toList()).forEach(u -> byId.put(u.id(), u));
		model.addAttribute("partner", partner);
		model.addAttribute("partnerships", partnerships);
		model.addAttribute("delegations", delegationList);
		model.addAttribute("meetings", meetingList);
		model.addAttribute("unitsById", byId);
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "external/partner";
	}

	@PostMapping("/partners/{code}/partnerships")
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

	@GetMapping("/partners/new")
	String newPartner(Actor actor, Model model) {
		requireEditor(actor);
		model.addAttribute("form", new PartnerForm());
		model.addAttribute("creating", true);
		return "external/partnerForm";
	}

	@PostMapping("/partners/new")
	String createPartner(@ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (form.getCode() != null && partners.byCode(form.getCode().strip()).isPresent()) {
			result.rejectValue("code", "external.codeExists");
			return "external/partnerForm";
		}
		return savePartner(form, result, actor, null, redirect);
	}

	@GetMapping("/partners/{code}/edit")
	String editPartner(@PathVariable String code, Actor actor, Model model) {
		requireEditor(actor);
		model.addAttribute("form", PartnerForm.of(partners.byCode(code).orElseThrow(() -> new NotFoundException("Partner " + code))));
		model.addAttribute("creating", false);
		return "external/partnerForm";
	}

	@PostMapping("/partners/{code}/edit")
	String updatePartner(@PathVariable String code, @ModelAttribute("form") PartnerForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		requireEditor(actor);
		form.setCode(code);
		model.addAttribute("creating", false);
		return savePartner(form, result, actor, form.getVersion(), redirect);
	}

	private String savePartner(PartnerForm form, BindingResult result, Actor actor, Integer version, RedirectAttributes redirect) {
		if (!FormSubmission.saved(result, () -> partners.save(form.toDraft(), actor, version))) {
			return "external/partnerForm";
		}
		redirect.addFlashAttribute("message", "external.partner.saved");
		return "redirect:/external/partners/" + form.getCode().strip();
	}

	private void requireEditor(Actor actor) {
		if (!access.mayAnywhere(actor, Permission.EDIT_RECORDS)) {
			throw new AccessDeniedException("error.access.scope");
		}
	}

	private Delegation requireDelegation(String code) {
		return delegations.byCode(code).orElseThrow(() -> new NotFoundException("Delegation " + code));
	}

	private Meeting requireMeeting(String code) {
		return meetings.byCode(code).orElseThrow(() -> new NotFoundException("Meeting " + code));
	}
}

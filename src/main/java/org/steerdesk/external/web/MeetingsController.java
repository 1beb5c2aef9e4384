package org.steerdesk.external.web;

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
import org.steerdesk.external.Meeting;
import org.steerdesk.external.MeetingMode;
import org.steerdesk.external.Meetings;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.Permission;

/** A meeting's page with its follow-up actions, and its form. */
@Controller
@RequestMapping("/external/meetings")
class MeetingsController {

	private final Meetings meetings;

	private final Units units;

	private final OrgAccess access;

	private final FormPage page;

	MeetingsController(Meetings meetings, Units units, OrgAccess access) {
		this.meetings = meetings;
		this.units = units;
		this.access = access;
		this.page = FormPage.of("external/meetingForm", "external.meeting.saved", code -> "/external/meetings/" + code)
			.unique("code", "external.codeExists", code -> meetings.byCode(code).isPresent());
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("countryChoices", Country.all(locale));
	}

	@GetMapping("/{code}")
	String meeting(@PathVariable String code, Actor actor, Model model) {
		Meetings.View view = meetings.view(code, actor);
		model.addAttribute("meeting", view.meeting());
		model.addAttribute("unit", view.unit());
		model.addAttribute("partnerRecord", view.partner());
		model.addAttribute("actions", view.actions());
		model.addAttribute("mayEdit", view.mayEdit());
		return "external/meeting";
	}

	@PostMapping("/{code}/actions")
	String addAction(@PathVariable String code, @RequestParam(required = false) String action, @RequestParam(required = false) String owner,
			@RequestParam(required = false) LocalDate due, Actor actor, Model model,
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

	@PostMapping("/{code}/actions/{id}/done")
	String completeAction(@PathVariable String code, @PathVariable long id, Actor actor) {
		meetings.completeAction(code, id, actor);
		return "redirect:/external/meetings/" + code;
	}

	@GetMapping("/new")
	String newMeeting(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		return page.blank(new MeetingForm(), model);
	}

	@PostMapping("/new")
	String createMeeting(@ModelAttribute("form") MeetingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> meetings.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String editMeeting(@PathVariable String code, Actor actor, Model model) {
		Meeting meeting = meetings.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(MeetingForm.of(meeting, units.byId(meeting.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String updateMeeting(@PathVariable String code, @ModelAttribute("form") MeetingForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		form.setCode(meetings.require(code, Permission.EDIT_RECORDS, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> meetings.save(form.toDraft(), actor, form.getVersion()));
	}
}

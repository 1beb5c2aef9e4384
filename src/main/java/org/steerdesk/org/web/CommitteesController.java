package org.steerdesk.org.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.org.Committee;
import org.steerdesk.org.CommitteeMember;
import org.steerdesk.org.Committees;
import org.steerdesk.org.DocumentStyle;
import org.steerdesk.org.MemberRole;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ReportingWindow;

/** Committees: the list of the actor's scope, a committee's page with current and past members, and the forms. */
@Controller
@RequestMapping("/org/committees")
class CommitteesController {

	static final String VIEW_FORM = "org/committeeForm";

	static final String VIEW_SHOW = "org/committee";

	private final Committees committees;

	private final Units units;

	private final People people;

	private final OrgAccess access;

	private final FormPage page;

	CommitteesController(Committees committees, Units units, People people, OrgAccess access) {
		this.committees = committees;
		this.units = units;
		this.people = people;
		this.access = access;
		this.page = FormPage.of(VIEW_FORM, "org.committee.saved", code -> "/org/committees/" + code);
	}

	@ModelAttribute("styles")
	DocumentStyle[] styles() {
		return DocumentStyle.values();
	}

	@ModelAttribute("windows")
	ReportingWindow[] windows() {
		return ReportingWindow.values();
	}

	@ModelAttribute("memberRoles")
	MemberRole[] memberRoles() {
		return MemberRole.values();
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<Committee> found = committees.readable(actor);
		Map<Long, OrgUnit> scopeUnits = new HashMap<>();
		units.byIds(found.stream().map(Committee::scopeUnitId).distinct().toList()).forEach(u -> scopeUnits.put(u.id(), u));
		model.addAttribute("committees", found);
		model.addAttribute("scopeUnits", scopeUnits);
		model.addAttribute("mayManage", access.mayAnywhere(actor, Permission.MANAGE));
		return "org/committees";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		Committee committee = committees.require(code, Permission.READ, actor);
		populateShow(committee, actor, model);
		model.addAttribute("memberForm", new MemberForm());
		return VIEW_SHOW;
	}

	@PostMapping("/{code}/members")
	String addMember(@PathVariable String code, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		Committee committee = committees.require(code, Permission.MANAGE, actor);
		if (FormSubmission.saved(result, () -> committees.saveMember(form.toDraft(committee.code()), actor))) {
			redirect.addFlashAttribute("message", "org.committee.memberSaved");
			return "redirect:/org/committees/" + committee.code();
		}
		populateShow(committee, actor, model);
		return VIEW_SHOW;
	}

	@GetMapping("/new")
	String initCreationForm(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		return page.blank(new CommitteeForm(), model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") CommitteeForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> committees.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Actor actor, Model model) {
		Committee committee = committees.require(code, Permission.MANAGE, actor);
		return page.filled(CommitteeForm.of(committee, units.byId(committee.scopeUnitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @ModelAttribute("form") CommitteeForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		form.setCode(committees.require(code, Permission.MANAGE, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> committees.save(form.toDraft(), actor, form.getVersion()));
	}

	private void populateShow(Committee committee, Actor actor, Model model) {
		List<CommitteeMember> members = committees.members(committee.id());
		LocalDate today = ProvinceTime.today();
		Map<Long, Person> byId = new HashMap<>();
		people.byIds(members.stream().map(CommitteeMember::personId).distinct().toList()).forEach(p -> byId.put(p.id(), p));
		model.addAttribute("committee", committee);
		model.addAttribute("scopeUnit", units.byId(committee.scopeUnitId()).orElseThrow());
		model.addAttribute("current", members.stream().filter(m -> m.isCurrentOn(today)).toList());
		model.addAttribute("past", members.stream().filter(m -> !m.isCurrentOn(today)).toList());
		model.addAttribute("peopleById", byId);
		model.addAttribute("mayManage", access.may(actor, Permission.MANAGE, committee.scopeUnitId()));
	}

}

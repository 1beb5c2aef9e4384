package org.steerdesk.org.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditFilter;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.Committees;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.UnitKind;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Choice;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;

/** The org tree, unit pages and the unit form. */
@Controller
@RequestMapping("/org")
class UnitsController {

	static final String VIEW_FORM = "org/unitForm";

	/** How many units a picker suggests at most. */
	static final int SUGGESTIONS = 10;

	private final Units units;

	private final OrgAccess access;

	private final People people;

	private final Committees committees;

	private final AuditLog audit;

	private final FormPage page;

	private final org.steerdesk.org.UnitTree unitTree;

	private final List<org.steerdesk.org.UnitActivities> activities;

	UnitsController(Units units, OrgAccess access, People people, Committees committees, AuditLog audit, org.steerdesk.org.UnitTree unitTree,
			List<org.steerdesk.org.UnitActivities> activities) {
		this.activities = activities;
		this.unitTree = unitTree;
		this.units = units;
		this.access = access;
		this.people = people;
		this.committees = committees;
		this.audit = audit;
		this.page = FormPage.of(VIEW_FORM, "org.unit.saved", code -> "/org/units/" + code);
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	/** The tree of the actor's scope, with search; closed units only on request. */
	@GetMapping
	String tree(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean closed, Actor actor,
			Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		List<OrgUnit> tree = new ArrayList<>();
		for (OrgUnit root : units.byIds(access.scopeRoots(actor, Permission.READ))) {
			tree.addAll(unitTree.subtree(root));
		}
		LocalDate today = ProvinceTime.today();
		if (!closed) {
			tree = tree.stream().filter(u -> u.isOpenOn(today) || u.validTo() == null).toList();
		}
		model.addAttribute("tree", tree);
		model.addAttribute("closed", closed);
		model.addAttribute("q", q);
		model.addAttribute("mayManage", access.mayAnywhere(actor, Permission.MANAGE));
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", units.search(q, access.units(actor, Permission.READ), 100));
		}
		return "org/tree";
	}

	/**
	 * Suggestions for a unit field (htmx): the units the actor reads whose name or code contains
	 * what is typed, ignoring diacritics; {@code field} names the input whose value is the query.
	 */
	@GetMapping("/units/suggest")
	String suggest(@RequestParam(defaultValue = "unit") String field, jakarta.servlet.http.HttpServletRequest request, Actor actor,
			java.util.Locale locale, Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		String target = field.matches("[A-Za-z][A-Za-z0-9_.\\[\\]-]{0,60}") ? field : "unit";
		String query = request.getParameter(target);
		List<OrgUnit> found = query == null || query.isBlank() || query.length() > 100 ? List.of()
				: units.search(query.strip(), access.units(actor, Permission.READ), SUGGESTIONS);
		model.addAttribute("choices", found.stream().map(u -> new Choice(u.code(), u.name(locale), u.code())).toList());
		model.addAttribute("query", query);
		return "fragments/pickers :: options";
	}

	@GetMapping("/units/{code}")
	String show(@PathVariable String code, Actor actor, Model model, java.util.Locale locale) {
		OrgUnit unit = units.require(code, Permission.READ, actor);
		model.addAttribute("activities", activities.stream()
			.map(a -> java.util.Map.entry(a.unitTitle(locale), a.ofUnit(unit.id(), actor, locale)))
			.toList());
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", unitTree.ancestors(unit));
		model.addAttribute("children", unitTree.children(unit.id()));
		model.addAttribute("predecessors", unitTree.predecessors(unit.id()));
		model.addAttribute("successor", unit.successorId() == null ? null : units.byId(unit.successorId()).orElse(null));
		model.addAttribute("people", people.ofUnit(unit.id()));
		model.addAttribute("committees", committees.ofUnits(Set.of(unit.id())));
		model.addAttribute("history", audit.find(new AuditFilter(null, "org-unit", unit.code(), null, null, null), 50));
		model.addAttribute("mayManage", access.may(actor, Permission.MANAGE, unit.id()));
		model.addAttribute("mayEdit", access.may(actor, Permission.EDIT_RECORDS, unit.id()));
		return "org/unit";
	}

	@GetMapping("/units/new")
	String initCreationForm(@RequestParam(required = false) String parent, Actor actor, Model model) {
		UnitForm form = new UnitForm();
		if (parent != null) {
			OrgUnit parentUnit = units.require(parent, Permission.MANAGE, actor);
			form.setParentCode(parentUnit.code());
		}
		else {
			access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		}
		return page.blank(form, model);
	}

	@PostMapping("/units/new")
	String processCreationForm(@ModelAttribute("form") UnitForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> units.save(form.toDraft(), actor, null));
	}

	@GetMapping("/units/{code}/edit")
	String initUpdateForm(@PathVariable String code, Actor actor, Model model) {
		OrgUnit unit = units.require(code, Permission.MANAGE, actor);
		String parentCode = unit.parentId() == null ? null : units.byId(unit.parentId()).map(OrgUnit::code).orElse(null);
		String successorCode = unit.successorId() == null ? null
				: units.byId(unit.successorId()).map(OrgUnit::code).orElse(null);
		return page.filled(UnitForm.of(unit, parentCode, successorCode), model);
	}

	@PostMapping("/units/{code}/edit")
	String processUpdateForm(@PathVariable String code, @ModelAttribute("form") UnitForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		form.setCode(units.require(code, Permission.MANAGE, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> units.save(form.toDraft(), actor, form.getVersion()));
	}

}

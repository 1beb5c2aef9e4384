package org.steerdesk.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.steerdesk.org.Committee;
import org.steerdesk.org.CommitteeMember;
import org.steerdesk.org.Committees;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Choice;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;

/** Officials: the searchable list of the actor's scope, a person's page and the person form. */
@Controller
@RequestMapping("/org/people")
class PeopleController {

	static final String VIEW_FORM = "org/personForm";

	static final int SUGGESTIONS = 10;

	private final People people;

	private final Units units;

	private final Committees committees;

	private final OrgAccess access;

	private final FormPage page;

	private final List<org.steerdesk.org.PersonActivities> activities;

	PeopleController(People people, Units units, Committees committees, OrgAccess access, List<org.steerdesk.org.PersonActivities> activities) {
		this.activities = activities;
		this.people = people;
		this.units = units;
		this.committees = committees;
		this.access = access;
		this.page = FormPage.of(VIEW_FORM, "org.person.saved", code -> "/org/people/" + code);
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Actor actor, Model model) {
		List<Person> found = people.search(q, actor, 200);
		model.addAttribute("people", found);
		model.addAttribute("unitsById", unitsById(found));
		model.addAttribute("q", q);
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "org/people";
	}

	/** Suggestions for an official field (htmx): the officials of the actor's scope whose name or code contains what is typed. */
	@GetMapping("/suggest")
	String suggest(@RequestParam(defaultValue = "personCode") String field, jakarta.servlet.http.HttpServletRequest request, Actor actor,
			Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		String query = request.getParameter(field.matches("[A-Za-z][A-Za-z0-9_]{0,60}") ? field : "personCode");
		List<Person> found = query == null || query.isBlank() || query.length() > 100 ? List.of()
				: people.search(query.strip(), access.units(actor, Permission.READ), SUGGESTIONS);
		model.addAttribute("choices", found.stream()
			.map(p -> new Choice(p.code(), p.fullName(), p.position() == null ? p.code() : p.position() + " · " + p.code()))
			.toList());
		model.addAttribute("query", query);
		return "fragments/pickers :: options";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, java.util.Locale locale, Model model) {
		Person person = people.require(code, Permission.READ, actor);
		List<CommitteeMember> terms = committees.termsOf(person.id());
		Map<Long, Committee> byId = new HashMap<>();
		committees.byIds(terms.stream().map(CommitteeMember::committeeId).toList()).forEach(c -> byId.put(c.id(), c));
		model.addAttribute("person", person);
		model.addAttribute("unit", units.byId(person.unitId()).orElseThrow());
		model.addAttribute("terms", terms);
		model.addAttribute("committeesById", byId);
		model.addAttribute("mayEdit", access.may(actor, Permission.EDIT_RECORDS, person.unitId()));
		model.addAttribute("activities", activities.stream()
			.map(a -> java.util.Map.entry(a.title(locale), a.of(person.id(), actor, locale)))
			.toList());
		return "org/person";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) String unit, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		PersonForm form = new PersonForm();
		form.setUnitCode(unit);
		return page.blank(form, model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") PersonForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> people.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Actor actor, Model model) {
		Person person = people.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(PersonForm.of(person, units.byId(person.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @ModelAttribute("form") PersonForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		form.setCode(people.require(code, Permission.EDIT_RECORDS, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> people.save(form.toDraft(), actor, form.getVersion()));
	}

	private Map<Long, OrgUnit> unitsById(List<Person> found) {
		return units.byIds(found.stream().map(Person::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, u -> u));
	}
}

package org.steerdesk.training.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.steerdesk.imports.ExchangeFiles;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Charts;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;
import org.steerdesk.training.TargetGroup;
import org.steerdesk.training.Training;
import org.steerdesk.training.TrainingFilter;
import org.steerdesk.training.TrainingQueries;
import org.steerdesk.training.Trainings;

/** Training: the list of courses with its filters, totals by target group (with a chart) and exports, a course's page and its form. */
@Controller
@RequestMapping("/training")
class TrainingController {

	static final List<String> COLUMNS = List.of("code", "title", "target_group", "start_date", "end_date", "hours", "organiser_unit_code",
			"participants", "completed");

	private final Trainings trainings;

	private final TrainingQueries queries;

	private final Units units;

	private final OrgAccess access;

	private final Charts charts;

	private final MessageSource messages;

	private final FormPage page;

	private final org.steerdesk.training.TrainingParticipants participants;

	private final org.steerdesk.training.TrainingMaterials materials;

	private final org.steerdesk.training.TrainingTrainers trainers;

	TrainingController(Trainings trainings, TrainingQueries queries, Units units, OrgAccess access, Charts charts, MessageSource messages,
			org.steerdesk.training.TrainingParticipants participants, org.steerdesk.training.TrainingMaterials materials,
			org.steerdesk.training.TrainingTrainers trainers) {
		this.materials = materials;
		this.trainers = trainers;
		this.participants = participants;
		this.trainings = trainings;
		this.queries = queries;
		this.units = units;
		this.access = access;
		this.charts = charts;
		this.messages = messages;
		this.page = FormPage.of("training/form", "training.saved", code -> "/training/" + code)
			.unique("code", "training.codeExists", code -> trainings.byCode(code).isPresent());
	}

	@ModelAttribute("groups")
	TargetGroup[] groups() {
		return TargetGroup.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") TrainingFilter filter, @RequestParam(required = false) String after, Actor actor, Locale locale,
			Model model) {
		TrainingQueries.TrainingList list = queries.list(filter, after, actor);
		model.addAttribute("list", list);
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(list.rows().stream().map(Training::unitId).distinct().toList()).forEach(u -> byId.put(u.id(), u));
		model.addAttribute("unitsById", byId);
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		List<String> labels = new ArrayList<>();
		List<Long> courses = new ArrayList<>();
		List<Long> participants = new ArrayList<>();
		list.byGroup().forEach((group, totals) -> {
			labels.add(messages.getMessage("training.group." + group, null, group, locale));
			courses.add(totals.courses());
			participants.add(totals.participants());
		});
		model.addAttribute("groupChart", charts.config("bar", labels,
				List.of(Charts.dataset(messages.getMessage("training.courses", null, locale), courses),
						Charts.onSecondAxis(Charts.dataset(messages.getMessage("training.participants", null, locale), participants))), false));
		return "training/list";
	}

	@GetMapping("/export.{format}")
	void export(@PathVariable String format, TrainingFilter filter, Actor actor, HttpServletResponse response) throws IOException {
		Map<Long, String> codes = new HashMap<>();
		org.steerdesk.shared.Rows<Training> rows = queries.all(filter, actor);
		ExchangeFiles.write(format, "trainings", COLUMNS, sink -> rows.each(t -> sink.accept(List.of(t.code(), t.title(), t.targetGroup().name(),
				t.startDate().toString(), t.endDate().toString(), t.hours() == null ? "" : t.hours().toString(),
				codes.computeIfAbsent(t.unitId(), id -> units.byId(id).map(OrgUnit::code).orElse("")),
				t.participants() == null ? "" : t.participants().toString(), t.completed() == null ? "" : t.completed().toString()))), response);
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		Trainings.View view = trainings.view(code, actor);
		model.addAttribute("training", view.training());
		model.addAttribute("unit", view.unit());
		model.addAttribute("mayEdit", view.mayEdit());
		model.addAttribute("participants", participants.of(view.training()));
		model.addAttribute("materials", materials.of(view.training().code(), actor));
		model.addAttribute("trainers", trainers.of(view.training()));
		return "training/show";
	}

	@GetMapping("/new")
	String newCourse(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		return page.blank(new TrainingForm(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") TrainingForm form, BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> trainings.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Actor actor, Model model) {
		Training training = trainings.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(TrainingForm.of(training, units.byId(training.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") TrainingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		form.setCode(trainings.require(code, Permission.EDIT_RECORDS, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> trainings.save(form.toDraft(), actor, form.getVersion()));
	}
}

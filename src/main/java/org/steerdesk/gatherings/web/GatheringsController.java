package org.steerdesk.gatherings.web;

import java.io.IOException;
import java.time.LocalDate;
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
import org.steerdesk.figures.Figures;
import org.steerdesk.gatherings.Gathering;
import org.steerdesk.gatherings.GatheringFilter;
import org.steerdesk.gatherings.GatheringQueries;
import org.steerdesk.gatherings.GatheringType;
import org.steerdesk.gatherings.Gatherings;
import org.steerdesk.imports.ExchangeFiles;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Charts;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.ReportingWindow;

/** Gatherings: the list with its filters, totals and exports, a gathering's page, its form, and the statistics. */
@Controller
@RequestMapping("/gatherings")
class GatheringsController {

	static final List<String> COLUMNS = List.of("code", "type", "title", "start", "end", "place", "online", "organiser_unit_code",
			"participants", "foreign_participants", "promotes_image");

	private final Gatherings gatherings;

	private final GatheringQueries queries;

	private final Units units;

	private final OrgAccess access;

	private final Figures figures;

	private final Charts charts;

	private final MessageSource messages;

	private final FormPage page;

	private final org.steerdesk.gatherings.GatheringDetails details;

	GatheringsController(Gatherings gatherings, GatheringQueries queries, Units units, OrgAccess access, Figures figures, Charts charts,
			MessageSource messages, org.steerdesk.gatherings.GatheringDetails details) {
		this.details = details;
		this.gatherings = gatherings;
		this.queries = queries;
		this.units = units;
		this.access = access;
		this.figures = figures;
		this.charts = charts;
		this.messages = messages;
		this.page = FormPage.of("gatherings/form", "gatherings.saved", code -> "/gatherings/" + code)
			.unique("code", "gatherings.codeExists", code -> gatherings.byCode(code).isPresent());
	}

	@ModelAttribute("types")
	GatheringType[] types() {
		return GatheringType.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") GatheringFilter filter, @RequestParam(required = false) String after, Actor actor, Model model) {
		GatheringQueries.GatheringList list = queries.list(filter, after, actor);
		model.addAttribute("list", list);
		model.addAttribute("unitsById", unitsById(list.rows().stream().map(Gathering::unitId).toList()));
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		return "gatherings/list";
	}

	@GetMapping("/export.{format}")
	void export(@PathVariable String format, GatheringFilter filter, Actor actor, HttpServletResponse response) throws IOException {
		Map<Long, String> codes = new HashMap<>();
		org.steerdesk.shared.Rows<Gathering> rows = queries.all(filter, actor);
		ExchangeFiles.write(format, "gatherings", COLUMNS, sink -> rows.each(g -> sink.accept(List.of(g.code(), g.type().name(), g.title(),
				g.startText(), g.endText(), g.place() == null ? "" : g.place(), String.valueOf(g.online()),
				codes.computeIfAbsent(g.unitId(), id -> units.byId(id).map(OrgUnit::code).orElse("")),
				g.participants() == null ? "" : g.participants().toString(),
				g.foreignParticipants() == null ? "" : g.foreignParticipants().toString(), String.valueOf(g.promotesImage())))), response);
	}

	@GetMapping("/stats")
	String stats(@ModelAttribute("filter") GatheringFilter filter, Actor actor, Locale locale, Model model) {
		int year = filter.from() != null ? filter.from().getYear()
				: figures.startingPoint(actor, ReportingWindow.CALENDAR).map(Figures.StartingPoint::year).orElse(ProvinceTime.thisYear() - 1);
		GatheringFilter effective = new GatheringFilter(filter.unit(), filter.type(), filter.image(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), filter.q());
		model.addAttribute("filter", effective);
		Map<String, long[]> perMonth = queries.perMonth(effective, actor);
		GatheringQueries.GatheringList totals = queries.list(effective, null, actor);
		List<String> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(String.format("%02d/%d", m, year));
		}
		List<Map<String, Object>> sets = new ArrayList<>();
		perMonth.forEach((type, counts) -> sets.add(Charts.dataset(messages.getMessage("gatherings.type." + type, null, type, locale),
				java.util.Arrays.stream(counts).boxed().toList())));
		model.addAttribute("months", months);
		model.addAttribute("perMonth", perMonth);
		model.addAttribute("totals", totals);
		model.addAttribute("empty", totals.total() == 0);
		model.addAttribute("monthChart", charts.config("bar", months, sets, true));
		return "gatherings/stats";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		Gatherings.View view = gatherings.view(code, actor);
		model.addAttribute("gathering", view.gathering());
		model.addAttribute("unit", view.unit());
		model.addAttribute("mayEdit", view.mayEdit());
		model.addAttribute("mayCopy", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		model.addAttribute("details", details.of(view.gathering()));
		model.addAttribute("roles", org.steerdesk.gatherings.GatheringRole.values());
		model.addAttribute("attendances", org.steerdesk.gatherings.Attendance.values());
		return "gatherings/show";
	}

	/** A new event's form; {@code from} names a past event (one the actor reads) to start from, a year later. */
	@GetMapping("/new")
	String newGathering(@RequestParam(required = false) String from, Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		if (from == null || from.isBlank()) {
			return page.blank(new GatheringForm(), model);
		}
		Gathering past = gatherings.require(from, Permission.READ, actor);
		return page.blank(GatheringForm.copyOf(past, units.byId(past.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") GatheringForm form, BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		return page.create(form.getCode(), result, model, redirect, () -> gatherings.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Actor actor, Model model) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		return page.filled(GatheringForm.of(gathering, units.byId(gathering.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") GatheringForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		form.setCode(gatherings.require(code, Permission.EDIT_RECORDS, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> gatherings.save(form.toDraft(), actor, form.getVersion()));
	}

	private Map<Long, OrgUnit> unitsById(List<Long> ids) {
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(ids.stream().distinct().toList()).forEach(u -> byId.put(u.id(), u));
		return byId;
	}
}

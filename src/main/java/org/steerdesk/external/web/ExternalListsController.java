package org.steerdesk.external.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.external.Delegation;
import org.steerdesk.external.Direction;
import org.steerdesk.external.ExternalFilter;
import org.steerdesk.external.ExternalQueries;
import org.steerdesk.external.ExternalStats;
import org.steerdesk.external.Meeting;
import org.steerdesk.external.MeetingMode;
import org.steerdesk.external.Purpose;
import org.steerdesk.imports.ExchangeFiles;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.Charts;
import org.steerdesk.shared.Country;


/**
 * The external-information lists with their filters and totals (delegations, countries of
 * visitors, meetings), their exports in the exchange format, and the statistics page.
 */
@Controller
@RequestMapping("/external")
class ExternalListsController {

	static final List<String> DELEGATION_COLUMNS = List.of("code", "direction", "name", "partner", "purpose", "start_date", "end_date",
			"host_unit_code", "members", "notes");

	static final List<String> MEETING_COLUMNS = List.of("code", "date", "mode", "partner", "country", "topic", "unit_code", "outcome");

	private final ExternalQueries queries;

	private final Units units;

	private final ExternalStats externalStats;

	private final MessageSource messages;

	private final Charts charts;

	private final Figures figures;

	private final org.steerdesk.external.Partners partners;

	ExternalListsController(ExternalQueries queries, ExternalStats externalStats, Units units, MessageSource messages, Charts charts, Figures figures,
			org.steerdesk.external.Partners partners) {
		this.partners = partners;
		this.figures = figures;
		this.externalStats = externalStats;
		this.queries = queries;
		this.units = units;
		this.messages = messages;
		this.charts = charts;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("directions", Direction.values());
		model.addAttribute("purposeValues", Purpose.values());
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("countryChoices", Country.all(locale));
	}

	@GetMapping
	String index() {
		return "external/index";
	}

	@GetMapping("/delegations")
	String delegations(@ModelAttribute("filter") ExternalFilter filter, @RequestParam(required = false) String after, Actor actor,
			java.util.Locale locale, Model model) {
		ExternalQueries.DelegationList list = queries.delegations(filter, after, actor);
		model.addAttribute("list", list);
		// a delegation's partner by the partner's name (the record it links to), not the code typed
		Map<Long, String> partnerNames = new java.util.HashMap<>();
		list.rows().stream().map(Delegation::partnerId).filter(java.util.Objects::nonNull).distinct()
			.forEach(id -> partners.byId(id).ifPresent(partner -> partnerNames.put(id, partner.name(locale))));
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("unitsById", unitsById(list.rows().stream().map(Delegation::hostUnitId).toList()));
		return "external/delegations";
	}

	@GetMapping("/countries")
	String countries(@ModelAttribute("filter") ExternalFilter filter, Actor actor, Model model) {
		model.addAttribute("rows", queries.countries(filter, actor));
		return "external/countries";
	}

	@GetMapping("/meetings")
	String meetings(@ModelAttribute("filter") ExternalFilter filter, @RequestParam(required = false) String after, Actor actor,
			Model model) {
		ExternalQueries.MeetingList list = queries.meetings(filter, after, actor);
		model.addAttribute("list", list);
		model.addAttribute("unitsById", unitsById(list.rows().stream().map(Meeting::unitId).toList()));
		return "external/meetings";
	}

	@GetMapping("/delegations/export.{format}")
	void exportDelegations(@PathVariable String format, ExternalFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		Map<Long, String> codes = new HashMap<>();
		org.steerdesk.shared.Rows<Delegation> rows = queries.allDelegations(filter, actor);
		ExchangeFiles.write(format, "delegations", DELEGATION_COLUMNS, sink -> rows.each(d -> sink.accept(
				List.of(d.code(), d.direction().name(), d.name(), d.partner() == null ? "" : d.partner(),
						String.join(";", d.purposes().stream().map(Enum::name).toList()), d.start().toString(), d.end().toString(),
						unitCode(codes, d.hostUnitId()), d.membersText(), d.notes() == null ? "" : d.notes()))), response);
	}

	@GetMapping("/meetings/export.{format}")
	void exportMeetings(@PathVariable String format, ExternalFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		Map<Long, String> codes = new HashMap<>();
		org.steerdesk.shared.Rows<Meeting> rows = queries.allMeetings(filter, actor);
		ExchangeFiles.write(format, "meetings", MEETING_COLUMNS, sink -> rows.each(m -> sink.accept(
				List.of(m.code(), m.date().toString(), m.mode().name(), m.partner(), m.country(), m.topic(), unitCode(codes, m.unitId()),
						m.outcome() == null ? "" : m.outcome()))), response);
	}

	/** A unit's code, looked up once per export. */
	private String unitCode(Map<Long, String> codes, long unitId) {
		return codes.computeIfAbsent(unitId, id -> units.byId(id).map(OrgUnit::code).orElse(""));
	}

	@GetMapping("/stats")
	String stats(@ModelAttribute("filter") ExternalFilter filter, Actor actor, Locale locale, Model model) {
		int year = figures.startingPoint(actor, ReportingWindow.CALENDAR).map(Figures.StartingPoint::year)
			.orElse(ProvinceTime.thisYear() - 1);
		ExternalFilter effective = new ExternalFilter(filter.unit(), null, null, null, null,
				filter.from() == null ? LocalDate.of(year, 1, 1) : filter.from(), filter.to() == null ? LocalDate.of(year, 12, 31) : filter.to(),
				null);
		model.addAttribute("filter", effective);
		ExternalStats.Stats stats = externalStats.stats(effective, actor);
		model.addAttribute("stats", stats);
		model.addAttribute("empty", stats.delegationsPerMonth().stream().allMatch(n -> n.longValue() == 0)
				&& stats.meetingsByMode().values().stream().allMatch(n -> n.longValue() == 0));
		model.addAttribute("monthChart", chart("bar", stats.months(), List.of(
				Map.of("label", messages.getMessage("external.stats.delegations", null, locale), "data", stats.delegationsPerMonth()),
				Map.of("label", messages.getMessage("external.stats.visitors", null, locale), "data", stats.visitorsPerMonth()))));
		model.addAttribute("countryChart", chart("bar", stats.countries().stream().map(c -> c.country().name(locale)).toList(),
				List.of(Map.of("label", messages.getMessage("external.stats.visitors", null, locale), "data",
						stats.countries().stream().map(ExternalQueries.CountryRow::visitors).toList()))));
		model.addAttribute("modeChart", chart("doughnut",
				stats.meetingsByMode().keySet().stream().map(m -> messages.getMessage("external.mode." + m, null, m, locale)).toList(),
				List.of(Map.of("label", messages.getMessage("external.meetings.title", null, locale), "data",
						new ArrayList<>(stats.meetingsByMode().values())))));
		return "external/stats";
	}

	private String chart(String type, List<String> labels, List<Map<String, Object>> datasets) {
		return charts.config(type, labels, datasets, false);
	}

	private Map<Long, OrgUnit> unitsById(List<Long> ids) {
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(ids.stream().distinct().toList()).forEach(u -> byId.put(u.id(), u));
		return byId;
	}
}

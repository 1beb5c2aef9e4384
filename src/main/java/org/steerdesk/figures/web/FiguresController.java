package org.steerdesk.figures.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.ReportingWindow;

/**
 * The figures of a unit's scope over a range: {@code GET /api/v1/figures} (spec §4) and the
 * Figures page, where every value links to the records that make it.
 */
@Controller
class FiguresController {

	private final Figures figures;

	private final Units units;

	private final java.util.List<org.steerdesk.figures.DimensionNames> dimensionNames;

	FiguresController(Figures figures, Units units, java.util.List<org.steerdesk.figures.DimensionNames> dimensionNames) {
		this.dimensionNames = dimensionNames;
		this.figures = figures;
		this.units = units;
	}

	@GetMapping("/api/v1/figures")
	@ResponseBody
	FigureReport api(@RequestParam String unit, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportingWindow window, Actor actor,
			Locale locale) {
		return figures.compute(unit, range(from, to, year, window), actor, locale);
	}

	@GetMapping("/figures")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ReportingWindow window, Actor actor, Locale locale, Model model) {
		ReportingWindow chosenWindow = window == null ? ReportingWindow.DECREE_09 : window;
		boolean unitGiven = unit != null && !unit.isBlank();
		// a page opened without a unit or year opens on the actor's own unit and the latest year with records
		Optional<Figures.StartingPoint> start = unitGiven && year != null ? Optional.empty()
				: figures.startingPoint(actor, chosenWindow);
		String chosenUnit = unitGiven ? unit.strip() : start.map(s -> s.unit().code()).orElse(null);
		int chosenYear = year != null ? year : start.map(Figures.StartingPoint::year).orElse(ProvinceTime.thisYear() - 1);
		model.addAttribute("unit", chosenUnit);
		model.addAttribute("year", chosenYear);
		model.addAttribute("window", chosenWindow);
		model.addAttribute("windows", ReportingWindow.values());
		model.addAttribute("catalogue", figures.catalogue());
		if (chosenUnit != null) {
			try {
				OrgUnit chosen = units.resolve(chosenUnit);
				model.addAttribute("unit", chosen.code());
				model.addAttribute("unitName", chosen.name(locale));
				FigureReport report = figures.compute(chosen.code(), chosenWindow.year(chosenYear), actor, locale);
				model.addAttribute("report", report);
				model.addAttribute("dimensionNames", names(report, locale));
				model.addAttribute("empty", report.figures().stream().allMatch(f -> f.value() == 0));
			}
			catch (NotFoundException e) {
				model.addAttribute("unitError", e.getMessage().startsWith("units.") ? e.getMessage() : "validation.unknownCode");
			}
		}
		return "figures/index";
	}

	static DateRange range(LocalDate from, LocalDate to, Integer year, ReportingWindow window) {
		if (year != null) {
			if (from != null || to != null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give either year (with window) or from and to");
			}
			return (window == null ? ReportingWindow.CALENDAR : window).year(year);
		}
		if (from == null || to == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give from and to, or year and window");
		}
		if (to.isBefore(from)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to is before from");
		}
		return new DateRange(from, to);
	}

	/** The names of the breakdowns' members that are records' codes, by dimension. */
	private java.util.Map<String, java.util.Map<String, String>> names(org.steerdesk.figures.FigureReport report, Locale locale) {
		java.util.Map<String, java.util.Map<String, String>> out = new java.util.HashMap<>();
		for (org.steerdesk.figures.DimensionNames names : dimensionNames) {
			java.util.Set<String> codes = new java.util.TreeSet<>();
			report.figures().forEach(f -> codes.addAll(f.breakdown().getOrDefault(names.dimension(), java.util.Map.of()).keySet()));
			out.put(names.dimension(), names.names(codes, locale));
		}
		return out;
	}
}

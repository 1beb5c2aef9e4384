package org.steerdesk.figures.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
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

	FiguresController(Figures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/figures")
	@ResponseBody
	FigureReport api(@RequestParam String unit, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportingWindow window, Actor actor,
			Locale locale) {
		return figures.compute(unit, range(from, to, year, window), actor, locale);
	}

	@GetMapping("/figures")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ReportingWindow window, Actor actor, Locale locale, Model model) {
		int chosenYear = year == null ? ProvinceTime.thisYear() : year;
		ReportingWindow chosenWindow = window == null ? ReportingWindow.DECREE_09 : window;
		model.addAttribute("unit", unit);
		model.addAttribute("year", chosenYear);
		model.addAttribute("window", chosenWindow);
		model.addAttribute("windows", ReportingWindow.values());
		model.addAttribute("catalogue", figures.catalogue());
		if (unit != null && !unit.isBlank()) {
			try {
				model.addAttribute("report", figures.compute(unit.strip(), chosenWindow.year(chosenYear), actor, locale));
			}
			catch (NotFoundException e) {
				model.addAttribute("unitError", "validation.unknownCode");
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
}

package org.steerdesk.media.web;

import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Charts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steerdesk.media.MediaFilter;
import org.steerdesk.media.MediaStats;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.ReportingWindow;


/** The media statistics of a unit and period: charts (Chart.js) with the same numbers as tables. */
@Controller
class StatsController {

	private final MediaStats stats;

	private final MessageSource messages;

	private final Charts charts;

	private final Figures figures;

	StatsController(MediaStats stats, MessageSource messages, Charts charts, Figures figures) {
		this.figures = figures;
		this.stats = stats;
		this.messages = messages;
		this.charts = charts;
	}

	@GetMapping("/media/stats")
	String page(@ModelAttribute("filter") MediaFilter filter, Actor actor, Locale locale, Model model) {
		int year = figures.startingPoint(actor, ReportingWindow.CALENDAR).map(Figures.StartingPoint::year)
			.orElse(ProvinceTime.thisYear() - 1);
		MediaFilter effective = new MediaFilter(filter.unit(), null, null, null,
				filter.from() == null ? LocalDate.of(year, 1, 1) : filter.from(),
				filter.to() == null ? LocalDate.of(year, 12, 31) : filter.to(), null, null, null);
		model.addAttribute("filter", effective);
		MediaStats.Stats s = stats.compute(effective, actor);
		model.addAttribute("stats", s);
		model.addAttribute("empty", s.itemsByKindPerMonth().values().stream().allMatch(v -> v.stream().allMatch(n -> n.longValue() == 0))
				&& s.sharesByPlatform().values().stream().allMatch(n -> n.longValue() == 0)
				&& s.viewsAtMonthEnd().stream().allMatch(n -> n == null || n == 0));
		List<Map<String, Object>> kindSets = new ArrayList<>();
		s.itemsByKindPerMonth().forEach((kind, values) -> kindSets.add(Map.of("label",
				messages.getMessage("media.kind." + kind, null, kind, locale), "data", values)));
		model.addAttribute("itemsChart", charts.config("bar", s.months(), kindSets, true));
		model.addAttribute("sharesChart", charts.config("doughnut",
				s.sharesByPlatform().keySet().stream().map(p -> messages.getMessage("media.platform." + p, null, p, locale)).toList(),
				List.of(Map.of("label", messages.getMessage("media.shares.title", null, locale), "data",
						new ArrayList<>(s.sharesByPlatform().values()))), false));
		model.addAttribute("viewsChart", charts.config("line", s.months(),
				List.of(Map.of("label", messages.getMessage("media.views.title", null, locale), "data", s.viewsAtMonthEnd())), false));
		return "media/stats";
	}
}

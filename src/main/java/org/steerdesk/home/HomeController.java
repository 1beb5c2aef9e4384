package org.steerdesk.home;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steerdesk.external.ExternalFilter;
import org.steerdesk.external.ExternalQueries;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.media.MediaFilter;
import org.steerdesk.media.MediaQueries;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.review.Review;
import org.steerdesk.review.Reviews;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ReportingWindow;

/**
 * The start page: for the user's own unit (the unit of their grant, the province for the
 * secretariat) this reporting year's main figures against last year's, the newest records, the
 * drafts awaiting action and the registers' entry points.
 */
@Controller
class HomeController {

	/** The figures the start page shows, in this order. */
	static final List<String> MAIN_FIGURES = List.of("media.items", "media.shares", "media.views", "external.delegations.in",
			"external.foreign_visitors", "external.countries", "external.meetings", "gatherings.events", "training.courses",
			"training.participants", "awards.collectives", "awards.individuals", "contests.entries");

	static final int NEWEST = 5;

	/** A main figure this year and last year. */
	record Line(String key, String label, long value, long previous, String drillDown) {
	}

	private final Figures figures;

	private final MediaQueries media;

	private final ExternalQueries external;

	private final Reviews reviews;

	private final OrgAccess access;

	HomeController(Figures figures, MediaQueries media, ExternalQueries external, Reviews reviews, OrgAccess access) {
		this.figures = figures;
		this.media = media;
		this.external = external;
		this.reviews = reviews;
		this.access = access;
	}

	@GetMapping("/")
	String home(Authentication authentication, Actor actor, Locale locale, Model model) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "home";
		}
		model.addAttribute("mayEdit", access.mayAnywhere(actor, Permission.EDIT_RECORDS));
		model.addAttribute("mayRead", access.mayAnywhere(actor, Permission.READ));
		Optional<Figures.StartingPoint> start = figures.startingPoint(actor, ReportingWindow.DECREE_09);
		if (start.isEmpty()) {
			return "home";
		}
		Figures.StartingPoint point = start.get();
		String unit = point.unit().code();
		FigureReport now = figures.compute(unit, ReportingWindow.DECREE_09.year(point.year()), actor, locale);
		FigureReport before = figures.compute(unit, ReportingWindow.DECREE_09.year(point.year() - 1), actor, locale);
		Map<String, Long> previous = new HashMap<>();
		before.figures().forEach(f -> previous.put(f.key(), f.value()));
		List<Line> lines = new ArrayList<>();
		for (String key : MAIN_FIGURES) {
			now.figures().stream().filter(f -> f.key().equals(key)).findFirst().ifPresent((ComputedFigure f) -> lines
				.add(new Line(f.key(), f.label(), f.value(), previous.getOrDefault(f.key(), 0L), f.drillDown())));
		}
		model.addAttribute("start", point);
		model.addAttribute("unitName", point.unit().name(locale));
		model.addAttribute("lines", lines);
		model.addAttribute("previousEmpty", before.figures().stream().allMatch(f -> f.value() == 0));
		model.addAttribute("items", media.items(new MediaFilter(unit, null, null, null, null, null, null, null, null), actor)
			.rows()
			.stream()
			.limit(NEWEST)
			.toList());
		model.addAttribute("delegations",
				external.delegations(new ExternalFilter(unit, null, null, null, null, null, null, null), null, actor)
					.rows()
					.stream()
					.limit(NEWEST)
					.toList());
		model.addAttribute("meetings", external.meetings(new ExternalFilter(unit, null, null, null, null, null, null, null), null, actor)
			.rows()
			.stream()
			.limit(NEWEST)
			.toList());
		model.addAttribute("drafts", reviews.list(actor).stream().filter(r -> r.status() == Review.Status.DRAFT).limit(NEWEST).toList());
		return "home";
	}
}

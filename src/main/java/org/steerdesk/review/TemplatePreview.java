package org.steerdesk.review;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.org.Committee;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/** A template as it would read for a year: filled with the committee's figures, unknown keys named. */
@Service
@Transactional(readOnly = true)
public class TemplatePreview {

	private final ReviewTemplates templates;

	private final Figures figures;

	private final Units units;

	TemplatePreview(ReviewTemplates templates, Figures figures, Units units) {
		this.templates = templates;
		this.figures = figures;
		this.units = units;
	}

	/** The filled subject and narrative (HTML), and the problems to show next to the fields. */
	public record Result(int year, String subject, String html, Violations violations) {
	}

	public Result preview(String committeeCode, String language, String subject, String body, int year, Actor actor) {
		Committee committee = templates.committee(committeeCode, language, actor);
		Locale locale = Locale.forLanguageTag(language);
		OrgUnit scope = units.byId(committee.scopeUnitId()).orElseThrow();
		FigureReport now = figures.compute(scope.code(), committee.reportingWindow().year(year), actor, locale);
		FigureReport before = figures.compute(scope.code(), committee.reportingWindow().year(year - 1), actor, locale);
		Map<String, Long> values = new HashMap<>();
		Map<String, Long> previous = new HashMap<>();
		Map<String, String> links = new HashMap<>();
		for (ComputedFigure f : now.figures()) {
			values.put(f.key(), f.value());
			links.put(f.key(), f.drillDown());
		}
		before.figures().forEach(f -> previous.put(f.key(), f.value()));
		String text = body == null ? "" : body;
		ReviewText.Filled filled = ReviewText.fill(text, year, values, previous, links, locale);
		String filledSubject = subject == null ? "" : FigureText.fill(ReviewText.context(subject, year), values, previous,
				String.valueOf(year - 1), locale).text();
		Violations violations = templates.check("-", subject, body);
		return new Result(year, filledSubject, ReviewText.html(filled.blocks()), violations);
	}
}

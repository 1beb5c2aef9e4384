package org.steerdesk.review;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.Committee;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/** A template as it would read for a year: filled with the committee's figures, unknown keys named. */
@Service
@Transactional(readOnly = true)
public class TemplatePreview {

	private final ReviewTemplates templates;

	private final ReviewFigures figures;

	TemplatePreview(ReviewTemplates templates, ReviewFigures figures) {
		this.templates = templates;
		this.figures = figures;
	}

	/** The filled subject and narrative (HTML), and the problems to show next to the fields. */
	public record Result(int year, String subject, String html, Violations violations) {
	}

	public Result preview(String committeeCode, String language, String subject, String body, int year, Actor actor) {
		Committee committee = templates.committee(committeeCode, language, actor);
		Locale locale = Locale.forLanguageTag(language);
		List<FigureLine> lines = figures.lines(committee, year, actor, locale);
		ReviewText.Filled filled = ReviewText.fill(body == null ? "" : body, year, lines, figures.phrases(lines, locale), locale);
		String filledSubject = subject == null ? "" : ReviewText.line(subject, year, lines, locale);
		return new Result(year, filledSubject, ReviewText.html(filled.blocks()), templates.checkTexts(subject, body));
	}
}

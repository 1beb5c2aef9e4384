package org.steerdesk.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.org.Committee;
import org.steerdesk.org.Committees;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.ReportingWindow;
import org.steerdesk.shared.DateRange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A review's figures: live for a draft (its committee's scope and reporting window, this year's
 * beside last year's), frozen for an issued review, and an issued review's frozen figures beside
 * today's. The caller has checked that the actor may read the review.
 */
@Service
@Transactional(readOnly = true)
public class ReviewFigures {

	private final JdbcClient jdbc;

	private final Committees committees;

	private final Units units;

	private final Figures figures;

	private final MessageSource messages;

	private final JsonMapper json;

	ReviewFigures(JdbcClient jdbc, Committees committees, Units units, Figures figures, MessageSource messages, JsonMapper json) {
		this.jdbc = jdbc;
		this.committees = committees;
		this.units = units;
		this.figures = figures;
		this.messages = messages;
		this.json = json;
	}

	/** A committee's figures for a year and for the year before, over its scope and reporting window. */
	public record YearFigures(FigureReport current, FigureReport previous) {
	}

	/** The figures of a review's committee for its year and the year before (what the API answers a draft with). */
	public YearFigures figures(Review review, Actor actor, Locale locale) {
		return figures(committees.byIds(List.of(review.committeeId())).get(0), review.year(), actor, locale);
	}

	YearFigures figures(Committee committee, int year, Actor actor, Locale locale) {
		String scope = units.byId(committee.scopeUnitId()).orElseThrow().code();
		return new YearFigures(figures.compute(scope, committee.reportingWindow().year(year), actor, locale),
				figures.compute(scope, committee.reportingWindow().year(year - 1), actor, locale));
	}

	/** Whether the committee's scope has any record in the reporting year. */
	public boolean hasRecords(Committee committee, int year, Actor actor) {
		String scope = units.byId(committee.scopeUnitId()).orElseThrow().code();
		return figures.compute(scope, committee.reportingWindow().year(year), actor, Locale.ENGLISH).figures().stream()
			.anyMatch(f -> f.value() != 0);
	}

	/** The year a new review starts on: the latest reporting year with records in the actor's scope, else the last completed one. */
	public int startingYear(Actor actor) {
		return figures.startingPoint(actor, ReportingWindow.DECREE_09).map(Figures.StartingPoint::year)
			.orElse(ProvinceTime.thisYear() - 1);
	}

	/** The lines of a review's figures table, live: this year's values beside last year's, with definitions. */
	List<FigureLine> lines(Committee committee, int year, Actor actor, Locale locale) {
		YearFigures both = figures(committee, year, actor, locale);
		Map<String, Long> previous = new HashMap<>();
		both.previous().figures().forEach(f -> previous.put(f.key(), f.value()));
		List<FigureLine> lines = new ArrayList<>();
		for (ComputedFigure f : both.current().figures()) {
			lines.add(new FigureLine(f.key(), f.label(), definition(f.key(), locale), f.value(), previous.getOrDefault(f.key(), 0L), null,
					f.drillDown(), f.breakdown()));
		}
		return lines;
	}

	/** An issued review's figures as frozen beside today's values: what changed since issue and by how much. */
	public List<FigureLine> sinceIssue(Review review, Actor actor, Locale locale) {
		if (!review.issued()) {
			return List.of();
		}
		Committee committee = committees.byIds(List.of(review.committeeId())).get(0);
		Map<String, Long> now = new HashMap<>();
		String scope = units.byId(committee.scopeUnitId()).orElseThrow().code();
		figures.compute(scope, new DateRange(review.from(), review.to()), actor, locale).figures().forEach(f -> now.put(f.key(), f.value()));
		List<FigureLine> lines = new ArrayList<>();
		for (FigureLine line : frozen(review, locale)) {
			lines.add(new FigureLine(line.key(), line.label(), line.definition(), now.getOrDefault(line.key(), 0L), line.previous(),
					line.issued(), line.drillDown(), line.breakdown()));
		}
		return lines;
	}

	List<FigureLine> frozen(Review review, Locale locale) {
		return jdbc.sql("SELECT * FROM review_figures WHERE review_id = ? ORDER BY figure_key")
			.param(review.id())
			.query((rs, n) -> {
				String key = rs.getString("figure_key");
				long value = rs.getLong("figure_value");
				Map<String, Map<String, Long>> breakdown = json.readValue(rs.getString("breakdown"), new TypeReference<>() {
				});
				return new FigureLine(key, messages.getMessage("figure." + key, null, rs.getString("label"), locale), definition(key, locale),
						value, rs.getLong("previous_value"), value, rs.getString("drill_down"), breakdown);
			})
			.list();
	}

	private String definition(String key, Locale locale) {
		return messages.getMessage("figure." + key + ".definition", null, "", locale);
	}

	/** The registers' phrases, written from these lines' breakdowns (frozen ones for an issued review). */
	public java.util.Map<String, String> phrases(List<FigureLine> lines, Locale locale) {
		java.util.Map<String, java.util.Map<String, java.util.Map<String, Long>>> breakdowns = new java.util.HashMap<>();
		lines.forEach(l -> breakdowns.put(l.key(), l.breakdown() == null ? java.util.Map.of() : l.breakdown()));
		return figures.phrases(breakdowns, locale);
	}
}

package org.steerdesk.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.Committee;
import org.steerdesk.org.Committees;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Annual reviews: drafted from the committee's template, read and listed by the committees whose
 * scope the actor reads, shown filled in with their figures. The figures ({@link ReviewFigures}),
 * narrative versions ({@link ReviewNarratives}), issuing ({@link ReviewIssuing}) and documents
 * ({@link ReviewPrinting}) are services of their own.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	static final String RECORD = "review";

	private final JdbcClient jdbc;

	private final Committees committees;

	private final OrgAccess access;

	private final ReviewTemplates templates;

	private final ReviewFigures figures;

	private final AuditLog audit;

	private final MessageSource messages;

	Reviews(JdbcClient jdbc, Committees committees, OrgAccess access, ReviewTemplates templates, ReviewFigures figures, AuditLog audit,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.committees = committees;
		this.access = access;
		this.templates = templates;
		this.figures = figures;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Drafts the review of a committee for a year from its template; its figures are computed
	 * whenever it is shown (live until issue). Invalid input names its field.
	 */
	@Transactional
	public Review create(String committeeCode, Integer year, String language, Actor actor) {
		Violations violations = new Violations();
		String code = VietnameseText.nfc(committeeCode);
		Committee committee = code == null ? null : committees.byCode(code).orElse(null);
		if (code == null) {
			violations.add("committee", "validation.required");
		}
		else if (committee == null) {
			violations.add("committee", "review.noSuchCommittee", code);
		}
		int thisYear = ProvinceTime.thisYear();
		if (year == null) {
			violations.add("year", "validation.required");
		}
		else if (year < 2000 || year > thisYear + 1) {
			violations.add("year", "review.yearRange", 2000, thisYear + 1);
		}
		String lang = language == null || language.isBlank() ? "vi" : language.strip();
		if (!ReviewTemplates.LANGUAGES.contains(lang)) {
			violations.add("language", "review.language");
		}
		violations.throwIfAny();
		access.require(actor, Permission.MANAGE, committee.scopeUnitId());
		DateRange range = committee.reportingWindow().year(year);
		Locale locale = Locale.forLanguageTag(lang);
		ReviewTemplate template = templates.of(committee, lang);
		OffsetDateTime now = OffsetDateTime.now();
		long id = Sql.insert(jdbc, """
				INSERT INTO reviews (committee_id, review_year, language, date_from, date_to, title, subject, recipients, status, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""", committee.id(), year, lang, range.from(), range.to(), template.title(),
				ReviewText.context(template.subject(), year), String.join("\n", template.recipients()), now, actor.username());
		jdbc.sql("INSERT INTO review_versions (review_id, version_no, body, note, created_at, created_by) VALUES (?, 1, ?, ?, ?, ?)")
			.params(id, template.body(), messages.getMessage("review.version.fromTemplate", null, locale), now, actor.username())
			.update();
		Review review = find(id);
		audit.record(actor.username(), AuditAction.CREATE, RECORD, String.valueOf(id), null,
				Map.of("committee", committee.code(), "year", year, "language", lang));
		return review;
	}




	/** A review the actor may read. */
	public Review get(long id, Actor actor) {
		Review review = find(id);
		access.require(actor, Permission.READ, committeeOf(review).scopeUnitId());
		return review;
	}

	/** Whether the actor may edit and issue the committee's reviews (its secretariat). */
	public boolean mayManage(Committee committee, Actor actor) {
		return access.may(actor, Permission.MANAGE, committee.scopeUnitId());
	}

	/**
	 * A review the actor may edit, issue or discard (its committee's secretariat).
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 */
	public Review managed(long id, Actor actor) {
		Review review = find(id);
		access.require(actor, Permission.MANAGE, committeeOf(review).scopeUnitId());
		return review;
	}

	/** Every review of the committees whose scope the actor reads, newest first. */
	public List<Review> list(Actor actor) {
		List<Long> ids = committees.ofUnits(access.units(actor, Permission.READ)).stream().map(Committee::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM reviews WHERE committee_id IN (:ids) ORDER BY review_year DESC, id DESC")
			.param("ids", ids)
			.query(this::map)
			.list();
	}

	/** The committees of these reviews, by id. */
	public java.util.Map<Long, Committee> committeesOf(List<Review> list) {
		java.util.Map<Long, Committee> byId = new java.util.HashMap<>();
		committees.byIds(list.stream().map(Review::committeeId).distinct().toList()).forEach(c -> byId.put(c.id(), c));
		return byId;
	}

	/** The committees the actor may draft reviews for. */
	public List<Committee> committeesManaged(Actor actor) {
		return committees.ofUnits(access.units(actor, Permission.MANAGE));
	}

	public Committee committeeOf(Review review) {
		return committees.byIds(List.of(review.committeeId())).get(0);
	}

	/**
	 * The review filled in: a draft with live figures and its latest narrative, an issued review
	 * with the figures and narrative it was issued with. Labels are in {@code locale} (the page's).
	 */
	public ReviewView view(long id, Actor actor, Locale locale) {
		Review review = get(id, actor);
		Committee committee = committeeOf(review);
		List<FigureLine> lines = review.issued() ? figures.frozen(review, locale) : figures.lines(committee, review.year(), actor, locale);
		NarrativeVersion narrative = review.issued() ? version(id, review.issue().narrativeVersion()) : latest(id);
		ReviewText.Filled filled = ReviewText.fill(narrative.body(), review.year(), lines, figures.phrases(lines, review.locale()),
				review.locale());
		return new ReviewView(review, committee, review.subject(), filled.blocks(), lines, filled.unknownKeys(), narrative);
	}
















	Review find(long id) {
		return jdbc.sql("SELECT * FROM reviews WHERE id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Review " + id));
	}

	NarrativeVersion latest(long id) {
		return jdbc.sql("SELECT * FROM review_versions WHERE review_id = ? ORDER BY version_no DESC")
			.param(id)
			.query(Reviews::mapVersion)
			.stream()
			.findFirst()
			.orElseThrow();
	}

	NarrativeVersion version(long id, int number) {
		return jdbc.sql("SELECT * FROM review_versions WHERE review_id = ? AND version_no = ?")
			.params(id, number)
			.query(Reviews::mapVersion)
			.optional()
			.orElseThrow(() -> new NotFoundException("Review " + id + " version " + number));
	}

	private Review map(ResultSet rs, int n) throws SQLException {
		Review.Status status = Review.Status.valueOf(rs.getString("status"));
		Review.Issue issue = null;
		if (rs.getString("number_text") != null) {
			issue = new Review.Issue(rs.getInt("number_seq"), rs.getString("number_text"), rs.getObject("issued_on", LocalDate.class),
					rs.getString("place"), rs.getString("signature_prefix"), rs.getString("signer_title"), rs.getString("signer_name"),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("issued_by"), rs.getInt("issued_version"));
		}
		return new Review(rs.getLong("id"), rs.getLong("committee_id"), rs.getInt("review_year"), rs.getString("language"),
				rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class), rs.getString("title"),
				rs.getString("subject"), ReviewTemplates.lines(rs.getString("recipients")), status,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"), issue);
	}

	static NarrativeVersion mapVersion(ResultSet rs, int n) throws SQLException {
		return new NarrativeVersion(rs.getInt("version_no"), rs.getString("body"), rs.getString("note"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
	}
}

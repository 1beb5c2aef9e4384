package org.steerdesk.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.documents.DocumentNumbers;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.org.Committee;
import org.steerdesk.org.CommitteeMember;
import org.steerdesk.org.Committees;
import org.steerdesk.org.MemberRole;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annual reviews: drafted from the committee's template with its figures over its scope and
 * reporting window (and the previous year's), narrative edits kept as versions, and issuing,
 * which numbers the report in the committee's sequence, freezes its figures and stores the
 * issued DOCX and PDF so that an issued report never changes.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	static final String RECORD = "review";

	private final JdbcClient jdbc;

	private final Committees committees;

	private final Units units;

	private final People people;

	private final OrgAccess access;

	private final Figures figures;

	private final ReviewTemplates templates;

	private final DocumentNumbers numbers;

	private final DocumentWords words;

	private final ReviewDocuments documents;

	private final AuditLog audit;

	private final MessageSource messages;

	private final JsonMapper json;

	private final String publicUrl;

	/** Hosts a request may name when no public address is set; any other Host header is not printed in a document. */
	private final List<String> allowedHosts;

	Reviews(JdbcClient jdbc, Committees committees, Units units, People people, OrgAccess access, Figures figures,
			ReviewTemplates templates, DocumentNumbers numbers, DocumentWords words, ReviewDocuments documents, AuditLog audit, MessageSource messages,
			JsonMapper json, @Value("${steerdesk.public-url:}") String publicUrl,
			@Value("${steerdesk.web.allowed-hosts:localhost,127.0.0.1,[::1]}") List<String> allowedHosts) {
		this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		this.jdbc = jdbc;
		this.committees = committees;
		this.units = units;
		this.people = people;
		this.access = access;
		this.figures = figures;
		this.templates = templates;
		this.numbers = numbers;
		this.words = words;
		this.documents = documents;
		this.audit = audit;
		this.messages = messages;
		this.json = json;
		this.publicUrl = publicUrl;
	}

	/** A committee's figures for a year and for the year before, over its scope and reporting window. */
	public record YearFigures(FigureReport current, FigureReport previous) {
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

	/** The figures of a review's committee for its year and the year before (what the API answers a draft with). */
	public YearFigures figures(Review review, Actor actor, Locale locale) {
		return figures(committeeOf(review), review.year(), actor, locale);
	}

	YearFigures figures(Committee committee, int year, Actor actor, Locale locale) {
		String scope = units.byId(committee.scopeUnitId()).orElseThrow().code();
		return new YearFigures(figures.compute(scope, committee.reportingWindow().year(year), actor, locale),
				figures.compute(scope, committee.reportingWindow().year(year - 1), actor, locale));
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
		List<FigureLine> lines = review.issued() ? frozen(review, locale) : lines(committee, review.year(), actor, locale);
		NarrativeVersion narrative = review.issued() ? version(id, review.issue().narrativeVersion()) : latest(id);
		ReviewText.Filled filled = ReviewText.fill(narrative.body(), review.year(), lines, review.locale());
		return new ReviewView(review, committee, review.subject(), filled.blocks(), lines, filled.unknownKeys(), narrative);
	}

	/** An issued review's figures as frozen beside today's values: what changed since issue and by how much. */
	public List<FigureLine> sinceIssue(long id, Actor actor, Locale locale) {
		Review review = get(id, actor);
		if (!review.issued()) {
			return List.of();
		}
		Committee committee = committeeOf(review);
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

	public List<NarrativeVersion> versions(long id, Actor actor) {
		get(id, actor);
		return jdbc.sql("SELECT * FROM review_versions WHERE review_id = ? ORDER BY version_no DESC").param(id).query(Reviews::mapVersion).list();
	}

	/** Line-by-line comparison of two narrative versions, changes marked inside the lines. */
	public List<DiffRow> compare(long id, int from, int to, Actor actor) {
		get(id, actor);
		DiffRowGenerator generator = DiffRowGenerator.create()
			.showInlineDiffs(true)
			.inlineDiffByWord(true)
			.oldTag(start -> start ? "<del>" : "</del>")
			.newTag(start -> start ? "<ins>" : "</ins>")
			.build();
		return generator.generateDiffRows(version(id, from).body().lines().toList(), version(id, to).body().lines().toList());
	}

	/**
	 * Saves an edit of a draft's subject and narrative as a new version; {@code basedOn} is the
	 * version the editor started from, so a concurrent edit is refused rather than overwritten.
	 */
	@Transactional
	public NarrativeVersion saveNarrative(long id, String subject, String body, String note, Integer basedOn, Actor actor) {
		Review review = managed(id, actor);
		String s = VietnameseText.nfc(subject);
		String b = VietnameseText.nfc(body);
		Violations violations = templates.checkTexts(s, b);
		ReviewTemplates.tooLong(violations, "note", VietnameseText.nfc(note), ReviewTemplates.NOTE_MAX);
		if (review.issued()) {
			violations.add("body", "review.issuedLocked");
		}
		violations.throwIfAny();
		NarrativeVersion latest = latest(id);
		if (basedOn == null || basedOn != latest.number()) {
			throw new StaleRecordException(RECORD + " " + id);
		}
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("INSERT INTO review_versions (review_id, version_no, body, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, latest.number() + 1, b, VietnameseText.nfc(note), now, actor.username())
			.update();
		jdbc.sql("UPDATE reviews SET subject = ? WHERE id = ?").params(s, id).update();
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, String.valueOf(id), Map.of("version", latest.number()),
				Map.of("version", latest.number() + 1));
		return version(id, latest.number() + 1);
	}

	/** Discards a draft with its versions; an issued review is never deleted. */
	@Transactional
	public void discard(long id, Actor actor) {
		Review review = managed(id, actor);
		if (review.issued()) {
			new Violations().add("status", "review.issuedLocked").throwIfAny();
		}
		jdbc.sql("DELETE FROM review_versions WHERE review_id = ?").param(id).update();
		if (jdbc.sql("DELETE FROM reviews WHERE id = ? AND status = 'DRAFT'").param(id).update() != 1) {
			throw new StaleRecordException(RECORD + " " + id);
		}
		audit.record(actor.username(), AuditAction.DELETE, RECORD, String.valueOf(id),
				Map.of("committee", committeeOf(review).code(), "year", review.year(), "language", review.language()), null);
	}

	/** The issue form's starting values: today, the committee's last place, its head as signer, the template's recipients. */
	public IssueForm issueDefaults(long id, Actor actor) {
		Review review = get(id, actor);
		IssueForm form = draftSignature(review);
		jdbc.sql("SELECT place FROM reviews WHERE committee_id = ? AND place IS NOT NULL ORDER BY issued_at DESC")
			.param(review.committeeId())
			.query(String.class)
			.stream()
			.findFirst()
			.ifPresent(form::setPlace);
		form.setRecipients(String.join("\n", review.recipients()));
		return form;
	}

	/**
	 * Issues a draft: takes the next number of the committee's sequence for the year of the date,
	 * freezes every figure with its previous-year value and breakdown, and stores the DOCX and PDF.
	 */
	@Transactional
	public Review issue(long id, IssueForm form, Actor actor, String baseUrl) {
		Review review = managed(id, actor);
		Committee committee = committeeOf(review);
		Violations violations = new Violations();
		if (review.issued()) {
			violations.add("date", "review.issuedLocked");
		}
		if (form.getDate() == null) {
			violations.add("date", "validation.required");
		}
		String place = VietnameseText.nfc(form.getPlace());
		String prefix = VietnameseText.nfc(form.getSignaturePrefix());
		String title = VietnameseText.nfc(form.getSignerTitle());
		String signer = VietnameseText.nfc(form.getSignerName());
		List<String> recipients = ReviewTemplates.lines(VietnameseText.nfc(form.getRecipients()));
		required(violations, "place", place);
		required(violations, "signature_prefix", prefix);
		required(violations, "signer_title", title);
		required(violations, "signer_name", signer);
		if (recipients.isEmpty()) {
			violations.add("recipients", "validation.required");
		}
		ReviewTemplates.tooLong(violations, "place", place, ReviewTemplates.LINE_MAX);
		ReviewTemplates.tooLong(violations, "signature_prefix", prefix, ReviewTemplates.LINE_MAX);
		ReviewTemplates.tooLong(violations, "signer_title", title, ReviewTemplates.LINE_MAX);
		ReviewTemplates.tooLong(violations, "signer_name", signer, ReviewTemplates.LINE_MAX);
		ReviewTemplates.tooLong(violations, "recipients", String.join("\n", recipients), ReviewTemplates.RECIPIENTS_MAX);
		NarrativeVersion narrative = latest(id);
		List<String> unknown = ReviewText.unknownKeys(narrative.body(), templates.catalogue());
		if (!unknown.isEmpty()) {
			violations.add("narrative", "review.unknownKeys", String.join(", ", unknown));
		}
		violations.throwIfAny();
		if (jdbc.sql("UPDATE reviews SET status = 'ISSUED' WHERE id = ? AND status = 'DRAFT'").param(id).update() != 1) {
			throw new StaleRecordException(RECORD + " " + id);
		}
		Locale locale = review.locale();
		for (FigureLine line : lines(committee, review.year(), actor, locale)) {
			jdbc.sql("""
					INSERT INTO review_figures (review_id, figure_key, label, figure_value, previous_value, breakdown, drill_down)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, line.key(), line.label(), line.value(), line.previous(), json.writeValueAsString(line.breakdown()), line.drillDown())
				.update();
		}
		int sequence = numbers.next(committee.code(), form.getDate().getYear());
		String number = words.of(ReviewDocuments.layout(committee), locale).number(sequence, "BC", committee.documentSymbol());
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				UPDATE reviews SET number_seq = ?, number_text = ?, issued_on = ?, place = ?, signature_prefix = ?, signer_title = ?,
				signer_name = ?, recipients = ?, issued_at = ?, issued_by = ?, issued_version = ? WHERE id = ?""")
			.params(sequence, number, form.getDate(), place, prefix, title, signer, String.join("\n", recipients), now, actor.username(),
					narrative.number(), id)
			.update();
		Review issued = find(id);
		ReviewView view = view(id, actor, locale);
		String base = base(baseUrl);
		jdbc.sql("UPDATE reviews SET docx = ?, pdf = ? WHERE id = ?")
			.params(documents.write(ReviewDocuments.Format.DOCX, view, null, base), documents.write(ReviewDocuments.Format.PDF, view, null, base),
					id)
			.update();
		audit.record(actor.username(), AuditAction.ISSUE, RECORD, String.valueOf(id), Map.of("status", "DRAFT"),
				Map.of("status", "ISSUED", "number", number, "date", form.getDate().toString()));
		return issued;
	}

	/**
	 * The review as DOCX or PDF: an issued review's stored document, exactly as issued; a draft's
	 * made now from its live figures and latest narrative (number left blank, marked as a draft).
	 */
	public byte[] document(long id, ReviewDocuments.Format format, Actor actor, String baseUrl) {
		Review review = get(id, actor);
		if (review.issued()) {
			String column = format == ReviewDocuments.Format.DOCX ? "docx" : "pdf";
			return jdbc.sql("SELECT " + column + " FROM reviews WHERE id = ?").param(id).query(byte[].class).single();
		}
		ReviewView view = view(id, actor, review.locale());
		return documents.write(format, view, draftSignature(review), base(baseUrl));
	}

	/** The date, place and signature the document of a draft shows until it is issued: today, the scope's place, the committee's head. */
	private IssueForm draftSignature(Review review) {
		Committee committee = committeeOf(review);
		IssueForm form = new IssueForm();
		form.setDate(ProvinceTime.today());
		form.setPlace(placeOf(units.byId(committee.scopeUnitId()).orElseThrow(), review.locale()));
		form.setSignaturePrefix(messages.getMessage("review.issue.defaultPrefix", null, review.locale()));
		form.setSignerTitle(messages.getMessage("review.issue.defaultTitle", null, review.locale()));
		form.setSignerName(head(committee).map(Person::fullName).orElse(""));
		return form;
	}

	/**
	 * The address printed before each drill-down in a document: {@code steerdesk.public-url}, else the
	 * request's own address when its host is one the server is configured for; else none (the paths
	 * alone), so that a forged Host header never ends up in an issued document.
	 */
	private String base(String requestBase) {
		if (publicUrl != null && !publicUrl.isBlank()) {
			return publicUrl.replaceAll("/+$", "");
		}
		if (requestBase == null || requestBase.isBlank()) {
			return "";
		}
		try {
			String host = java.net.URI.create(requestBase).getHost();
			return host != null && allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT)) ? requestBase.replaceAll("/+$", "") : "";
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	private Optional<Person> head(Committee committee) {
		LocalDate today = ProvinceTime.today();
		return committees.members(committee.id())
			.stream()
			.filter(m -> m.role() == MemberRole.HEAD && m.isCurrentOn(today))
			.map(CommitteeMember::personId)
			.findFirst()
			.flatMap(pid -> people.byIds(List.of(pid)).stream().findFirst());
	}

	/** "Tỉnh Lạng Sơn (dữ liệu demo)" → "Lạng Sơn": the place name of a unit, without its kind. */
	static String placeOf(OrgUnit unit, Locale locale) {
		String name = unit.name(locale).replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
		return name.replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Province of|City of)\\s+", "")
			.replaceFirst("\\s+(Province|City|District)$", "");
	}

	private static void required(Violations violations, String field, String value) {
		if (value == null) {
			violations.add(field, "validation.required");
		}
	}

	private List<FigureLine> frozen(Review review, Locale locale) {
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

	Review find(long id) {
		return jdbc.sql("SELECT * FROM reviews WHERE id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Review " + id));
	}

	private NarrativeVersion latest(long id) {
		return jdbc.sql("SELECT * FROM review_versions WHERE review_id = ? ORDER BY version_no DESC")
			.param(id)
			.query(Reviews::mapVersion)
			.stream()
			.findFirst()
			.orElseThrow();
	}

	private NarrativeVersion version(long id, int number) {
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

	private static NarrativeVersion mapVersion(ResultSet rs, int n) throws SQLException {
		return new NarrativeVersion(rs.getInt("version_no"), rs.getString("body"), rs.getString("note"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
	}
}

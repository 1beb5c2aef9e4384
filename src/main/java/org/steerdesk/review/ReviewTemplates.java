package org.steerdesk.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.figures.FigureDefinition;
import org.steerdesk.figures.Figures;
import org.steerdesk.org.Committee;
import org.steerdesk.org.Committees;
import org.steerdesk.org.DocumentStyle;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Review templates: each committee's own, per language, or else the default of its document style
 * (shipped in {@code review/<STYLE>.<language>.md}). The secretariat of the committee's scope edits
 * them; a key that names no figure is refused next to the field, never dropped.
 */
@Service
@Transactional(readOnly = true)
public class ReviewTemplates {

	public static final List<String> LANGUAGES = List.of("vi", "en");

	static final String RECORD = "review-template";

	private final JdbcClient jdbc;

	private final Committees committees;

	private final Figures figures;

	private final OrgAccess access;

	private final AuditLog audit;

	ReviewTemplates(JdbcClient jdbc, Committees committees, Figures figures, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.committees = committees;
		this.figures = figures;
		this.access = access;
		this.audit = audit;
	}

	/** The template a committee's reviews start from in this language. */
	public ReviewTemplate of(Committee committee, String language) {
		return jdbc.sql("SELECT * FROM review_templates WHERE committee_id = ? AND language = ?")
			.params(committee.id(), language)
			.query((rs, n) -> new ReviewTemplate(committee.id(), language, rs.getString("title"), rs.getString("subject"), rs.getString("body"),
					lines(rs.getString("recipients")), rs.getInt("version"), true))
			.optional()
			.orElseGet(() -> defaults(committee.id(), committee.documentStyle(), language));
	}

	/** The default of a document style in a language, as shipped. */
	public static ReviewTemplate defaults(long committeeId, DocumentStyle style, String language) {
		String path = "/review/" + style + "." + language + ".md";
		try (InputStream in = ReviewTemplates.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Default review template missing: " + path);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int split = text.indexOf("\n---\n");
			Map<String, String> head = new LinkedHashMap<>();
			List<String> recipients = new ArrayList<>();
			for (String line : text.substring(0, split).split("\n")) {
				int colon = line.indexOf(": ");
				if (line.startsWith("recipient: ")) {
					recipients.add(line.substring(colon + 2).strip());
				}
				else {
					head.put(line.substring(0, colon), line.substring(colon + 2).strip());
				}
			}
			return new ReviewTemplate(committeeId, language, head.get("title"), head.get("subject"), text.substring(split + 5), recipients, 0,
					false);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The figure keys of the catalogue (what a template may name). */
	public Set<String> catalogue() {
		Set<String> keys = figures.catalogue().stream().map(FigureDefinition::key).collect(Collectors.toSet());
		keys.addAll(figures.phraseKeys());
		return keys;
	}

	/** The longest texts the tables hold. */
	static final int TITLE_MAX = 200, SUBJECT_MAX = 1000, BODY_MAX = 100_000, RECIPIENTS_MAX = 4000, LINE_MAX = 200, NOTE_MAX = 500;

	/** Problems with a template's texts, each naming its field: required texts, lengths and unknown keys. */
	Violations check(String title, String subject, String body) {
		Violations violations = checkTexts(subject, body);
		if (title == null) {
			violations.add("title", "validation.required");
		}
		tooLong(violations, "title", title, TITLE_MAX);
		return violations;
	}

	/** Problems with a subject and narrative: required, not too long, no unknown keys. */
	Violations checkTexts(String subject, String body) {
		Violations violations = new Violations();
		tooLong(violations, "subject", subject, SUBJECT_MAX);
		tooLong(violations, "body", body, BODY_MAX);
		if (!violations.isEmpty()) {
			return violations;
		}
		Set<String> catalogue = catalogue();
		knownKeys(violations, "subject", subject, catalogue);
		knownKeys(violations, "body", body, catalogue);
		return violations;
	}

	/** A required text whose keys must all name figures (or context words). */
	private static void knownKeys(Violations violations, String field, String text, Set<String> catalogue) {
		List<String> unknown = text == null ? List.of() : ReviewText.unknownKeys(text, catalogue);
		if (text == null) {
			violations.add(field, "validation.required");
		}
		else if (!unknown.isEmpty()) {
			violations.add(field, "review.unknownKeys", String.join(", ", unknown));
		}
	}

	/**
	 * Saves a committee's template in a language; {@code expectedVersion} is the version the form
	 * was read at (null when it showed the default).
	 */
	@Transactional
	public ReviewTemplate save(String committeeCode, String language, String title, String subject, String body, String recipients,
			Integer expectedVersion, Actor actor) {
		Committee committee = committee(committeeCode, language, actor);
		String t = VietnameseText.nfc(title);
		String s = VietnameseText.nfc(subject);
		String b = VietnameseText.nfc(body);
		List<String> r = lines(VietnameseText.nfc(recipients));
		Violations violations = check(t, s, b);
		if (r.isEmpty()) {
			violations.add("recipients", "validation.required");
		}
		tooLong(violations, "recipients", String.join("\n", r), RECIPIENTS_MAX);
		violations.throwIfAny();
		ReviewTemplate before = of(committee, language);
		if (before.custom() && (expectedVersion == null || expectedVersion != before.version())) {
			throw new StaleRecordException(RECORD + " " + committee.code());
		}
		OffsetDateTime now = OffsetDateTime.now();
		if (before.custom()) {
			jdbc.sql("""
					UPDATE review_templates SET title = ?, subject = ?, body = ?, recipients = ?, updated_at = ?, updated_by = ?,
					version = version + 1 WHERE committee_id = ? AND language = ?""")
				.params(t, s, b, String.join("\n", r), now, actor.username(), committee.id(), language)
				.update();
		}
		else {
			jdbc.sql("""
					INSERT INTO review_templates (committee_id, language, title, subject, body, recipients, updated_at, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(committee.id(), language, t, s, b, String.join("\n", r), now, actor.username())
				.update();
		}
		ReviewTemplate after = of(committee, language);
		audit.record(actor.username(), before.custom() ? AuditAction.UPDATE : AuditAction.CREATE, RECORD,
				committee.code() + "/" + language, before.custom() ? describe(before) : null, describe(after));
		return after;
	}

	/** Goes back to the document style's default. */
	@Transactional
	public void reset(String committeeCode, String language, Actor actor) {
		Committee committee = committee(committeeCode, language, actor);
		ReviewTemplate before = of(committee, language);
		if (before.custom()) {
			jdbc.sql("DELETE FROM review_templates WHERE committee_id = ? AND language = ?").params(committee.id(), language).update();
			audit.record(actor.username(), AuditAction.DELETE, RECORD, committee.code() + "/" + language, describe(before), null);
		}
	}

	/** A committee's template for its editing page; the actor must manage the committee. */
	public ReviewTemplate editable(String committeeCode, String language, Actor actor) {
		return of(committee(committeeCode, language, actor), language);
	}

	/** The committee, which the actor must manage. */
	public Committee committee(String committeeCode, String language, Actor actor) {
		Committee committee = committees.byCode(committeeCode).orElseThrow(() -> new NotFoundException("Committee " + committeeCode));
		if (!LANGUAGES.contains(language)) {
			throw new NotFoundException("Language " + language);
		}
		access.require(actor, Permission.MANAGE, committee.scopeUnitId());
		return committee;
	}

	/** Adds a violation when {@code text} is longer than {@code max} characters. */
	static void tooLong(Violations violations, String field, String text, int max) {
		if (text != null && text.length() > max) {
			violations.add(field, "validation.tooLong", max);
		}
	}

	private static Map<String, Object> describe(ReviewTemplate t) {
		return Map.of("title", t.title(), "subject", t.subject(), "body", t.body(), "recipients", t.recipients());
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.startsWith("- ") ? l.substring(2).strip() : l).toList();
	}
}

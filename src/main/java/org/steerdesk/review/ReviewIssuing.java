package org.steerdesk.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.documents.DocumentNumbers;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.org.Committee;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issuing a review: the form's starting values, then the next number of the committee's sequence
 * for the year of the date, every figure frozen with its previous-year value and breakdown, and the
 * DOCX and PDF stored, so that an issued report never changes.
 */
@Service
@Transactional(readOnly = true)
public class ReviewIssuing {

	private final JdbcClient jdbc;

	private final Reviews reviews;

	private final ReviewFigures figures;

	private final ReviewPrinting printing;

	private final ReviewTemplates templates;

	private final ReviewDocuments documents;

	private final DocumentNumbers numbers;

	private final DocumentWords words;

	private final AuditLog audit;

	private final JsonMapper json;

	ReviewIssuing(JdbcClient jdbc, Reviews reviews, ReviewFigures figures, ReviewPrinting printing, ReviewTemplates templates,
			ReviewDocuments documents, DocumentNumbers numbers, DocumentWords words, AuditLog audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.figures = figures;
		this.printing = printing;
		this.templates = templates;
		this.documents = documents;
		this.numbers = numbers;
		this.words = words;
		this.audit = audit;
		this.json = json;
	}

	/** The issue form's starting values: today, the committee's last place, its head as signer, the template's recipients. */
	public IssueForm issueDefaults(long id, Actor actor) {
		Review review = reviews.get(id, actor);
		IssueForm form = printing.draftSignature(review);
		jdbc.sql("SELECT place FROM reviews WHERE committee_id = ? AND place IS NOT NULL ORDER BY issued_at DESC")
			.param(review.committeeId())
			.query(String.class)
			.stream()
			.findFirst()
			.ifPresent(form::setPlace);
		form.setRecipients(String.join("\n", review.recipients()));
		form.setDate(defaultDate(review, ProvinceTime.today()));
		return form;
	}

	/**
	 * Issues a draft: takes the next number of the committee's sequence for the year of the date,
	 * freezes every figure with its previous-year value and breakdown, and stores the DOCX and PDF.
	 */
	@Transactional
	public Review issue(long id, IssueForm form, Actor actor, String baseUrl) {
		Review review = reviews.managed(id, actor);
		Committee committee = reviews.committeeOf(review);
		violations(id, review, form).throwIfAny();
		String place = VietnameseText.nfc(form.getPlace());
		String prefix = VietnameseText.nfc(form.getSignaturePrefix());
		String title = VietnameseText.nfc(form.getSignerTitle());
		String signer = VietnameseText.nfc(form.getSignerName());
		List<String> recipients = ReviewTemplates.lines(VietnameseText.nfc(form.getRecipients()));
		// one conditional change decides; an edit at the same moment either lands before it (and is issued) or is refused after it
		if (jdbc.sql("UPDATE reviews SET status = 'ISSUED' WHERE id = ? AND status = 'DRAFT'").param(id).update() != 1) {
			throw new StaleRecordException(Reviews.RECORD + " " + id);
		}
		NarrativeVersion narrative = reviews.latest(id);
		Locale locale = review.locale();
		for (FigureLine line : figures.lines(committee, review.year(), actor, locale)) {
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
		Review issued = reviews.find(id);
		ReviewView view = reviews.view(id, actor, locale);
		String base = printing.base(baseUrl);
		jdbc.sql("UPDATE reviews SET docx = ?, pdf = ? WHERE id = ?")
			.params(documents.write(org.steerdesk.documents.DocumentFormat.DOCX, view, null, base), documents.write(org.steerdesk.documents.DocumentFormat.PDF, view, null, base),
					id)
			.update();
		audit.record(actor.username(), AuditAction.ISSUE, Reviews.RECORD, String.valueOf(id), Map.of("status", "DRAFT"),
				Map.of("status", "ISSUED", "number", number, "date", form.getDate().toString()));
		return issued;
	}

	/**
	 * Checks an issue form without issuing (the page shows every reason at once, also before the
	 * secretariat has confirmed).
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	public void check(long id, IssueForm form, Actor actor) {
		violations(id, reviews.managed(id, actor), form).throwIfAny();
	}

	private Violations violations(long id, Review review, IssueForm form) {
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
		NarrativeVersion narrative = reviews.latest(id);
		List<String> unknown = ReviewText.unknownKeys(narrative.body(), templates.catalogue());
		if (!unknown.isEmpty()) {
			violations.add("narrative", "review.unknownKeys", String.join(", ", unknown));
		}
		List<String> instructions = ReviewText.instructions(narrative.body());
		if (!instructions.isEmpty()) {
			violations.add("narrative", "review.instructionsLeft", instructions.size(), instructions.get(0));
		}
		return violations;
	}

	/** Today, unless the reporting window ended before: then the day after it (a past year's report is dated then). */
	static LocalDate defaultDate(Review review, LocalDate today) {
		return today.isAfter(review.to()) ? review.to().plusDays(1) : today;
	}

	private static void required(Violations violations, String field, String value) {
		if (value == null) {
			violations.add(field, "validation.required");
		}
	}
}

package org.steerdesk.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** A review's narrative: its versions, their comparison, a new version from an edit, and discarding a draft. */
@Service
@Transactional(readOnly = true)
public class ReviewNarratives {

	private final JdbcClient jdbc;

	private final Reviews reviews;

	private final ReviewTemplates templates;

	private final AuditLog audit;

	ReviewNarratives(JdbcClient jdbc, Reviews reviews, ReviewTemplates templates, AuditLog audit) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.templates = templates;
		this.audit = audit;
	}

	public List<NarrativeVersion> versions(long id, Actor actor) {
		reviews.get(id, actor);
		return jdbc.sql("SELECT * FROM review_versions WHERE review_id = ? ORDER BY version_no DESC").param(id).query(Reviews::mapVersion).list();
	}

	/** Line-by-line comparison of two narrative versions, changes marked inside the lines. */
	public List<DiffRow> compare(long id, int from, int to, Actor actor) {
		reviews.get(id, actor);
		DiffRowGenerator generator = DiffRowGenerator.create()
			.showInlineDiffs(true)
			.inlineDiffByWord(true)
			.oldTag(start -> start ? "<del>" : "</del>")
			.newTag(start -> start ? "<ins>" : "</ins>")
			.build();
		return generator.generateDiffRows(reviews.version(id, from).body().lines().toList(), reviews.version(id, to).body().lines().toList());
	}

	/**
	 * Saves an edit of a draft's subject and narrative as a new version; {@code basedOn} is the
	 * version the editor started from, so a concurrent edit is refused rather than overwritten.
	 */
	@Transactional
	public NarrativeVersion saveNarrative(long id, String subject, String body, String note, Integer basedOn, Actor actor) {
		Review review = reviews.managed(id, actor);
		String s = VietnameseText.nfc(subject);
		String b = VietnameseText.nfc(body);
		Violations violations = templates.checkTexts(s, b);
		ReviewTemplates.tooLong(violations, "note", VietnameseText.nfc(note), ReviewTemplates.NOTE_MAX);
		if (review.issued()) {
			violations.add("body", "review.issuedLocked");
		}
		violations.throwIfAny();
		// the review's row, changed only while a draft: an issue at the same moment waits for this edit, or this edit is refused
		if (jdbc.sql("UPDATE reviews SET subject = ? WHERE id = ? AND status = 'DRAFT'").params(s, id).update() != 1) {
			throw new StaleRecordException(Reviews.RECORD + " " + id);
		}
		NarrativeVersion latest = reviews.latest(id);
		if (basedOn == null || basedOn != latest.number()) {
			throw new StaleRecordException(Reviews.RECORD + " " + id);
		}
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("INSERT INTO review_versions (review_id, version_no, body, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, latest.number() + 1, b, VietnameseText.nfc(note), now, actor.username())
			.update();
		audit.record(actor.username(), AuditAction.UPDATE, Reviews.RECORD, String.valueOf(id), Map.of("version", latest.number()),
				Map.of("version", latest.number() + 1));
		return reviews.version(id, latest.number() + 1);
	}

	/** Discards a draft with its versions; an issued review is never deleted. */
	@Transactional
	public void discard(long id, Actor actor) {
		Review review = reviews.managed(id, actor);
		if (review.issued()) {
			new Violations().add("status", "review.issuedLocked").throwIfAny();
		}
		jdbc.sql("DELETE FROM review_versions WHERE review_id = ?").param(id).update();
		if (jdbc.sql("DELETE FROM reviews WHERE id = ? AND status = 'DRAFT'").param(id).update() != 1) {
			throw new StaleRecordException(Reviews.RECORD + " " + id);
		}
		audit.record(actor.username(), AuditAction.DELETE, Reviews.RECORD, String.valueOf(id),
				Map.of("committee", reviews.committeeOf(review).code(), "year", review.year(), "language", review.language()), null);
	}
}

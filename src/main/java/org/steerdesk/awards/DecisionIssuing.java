package org.steerdesk.awards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.documents.DocumentNumbers;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

/**
 * Issuing a draft decision here: numbered from its authority's own sequence of the year
 * ({@code documents} numbering, "05/QĐ-UBND"), dated, signed, its DOCX and PDF made once and kept
 * as issued; its recipients are frozen after (they can only be revoked).
 */
@Service
@Transactional(readOnly = true)
public class DecisionIssuing {

	/** The Vietnamese of the documents an office keeps. */
	static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final Decisions decisions;

	private final Recipients recipients;

	private final Authorities authorities;

	private final DecisionDocuments documents;

	private final DocumentNumbers numbers;

	private final AuditLog audit;

	DecisionIssuing(JdbcClient jdbc, Decisions decisions, Recipients recipients, Authorities authorities, DecisionDocuments documents,
			DocumentNumbers numbers, AuditLog audit) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.recipients = recipients;
		this.authorities = authorities;
		this.documents = documents;
		this.numbers = numbers;
		this.audit = audit;
	}

	/**
	 * Issues the draft: refused when it is not a draft, has no recipient, is dated after today, has no
	 * signer, or the secretariat did not confirm it is final.
	 * @return the number given
	 */
	@Transactional
	public String issue(long id, Signature signature, boolean confirmed, Actor actor) {
		Decision decision = decisions.require(id, Permission.MANAGE, actor);
		Authority authority = authorities.get(decision.authorityId());
		Violations v = new Violations();
		if (decision.issued()) {
			v.add("date", "awards.alreadyIssued");
		}
		if (recipients.of(id).isEmpty()) {
			v.add("date", "awards.issueNoRecipients");
		}
		if (signature.date() == null) {
			v.add("date", "validation.required");
		}
		else {
			Decisions.notInFuture(signature.date(), v);
		}
		String title = v.text(signature.title(), "title", 200, true);
		String name = v.text(signature.name(), "name", 200, true);
		String prefix = v.text(signature.prefix(), "prefix", 200, false);
		if (!confirmed) {
			v.add("confirm", "awards.confirmIssue");
		}
		v.throwIfAny();
		LocalDate date = signature.date();
		// one conditional change decides, before any number is taken: of two issues at once one wins, the other answers 409 and changes nothing
		if (jdbc.sql("UPDATE award_decisions SET status = 'ISSUED', issued_here = TRUE, version = version + 1 WHERE id = ? AND status = 'DRAFT'")
			.param(id).update() != 1) {
			throw new org.steerdesk.shared.StaleRecordException(Decisions.RECORD + " " + id);
		}
		String number = "%02d/%s".formatted(numbers.next("awards:" + authority.code(), date.getYear()), authority.symbolOrDefault());
		jdbc.sql("UPDATE award_decisions SET decision_number = ?, decision_date = ?, signer = ? WHERE id = ?").params(number, date, name, id)
			.update();
		jdbc.sql("UPDATE award_recipients SET decision_date = ? WHERE decision_id = ?").params(date, id).update();
		Decision issued = decisions.byId(id).orElseThrow();
		List<Recipient> list = recipients.of(id);
		Signature signed = new Signature(date, prefix == null ? "" : prefix, title, name);
		jdbc.sql("UPDATE award_decisions SET docx = ?, pdf = ? WHERE id = ?")
			.params(documents.write(org.steerdesk.documents.DocumentFormat.DOCX, issued, authority, list, signed, VI),
					documents.write(org.steerdesk.documents.DocumentFormat.PDF, issued, authority, list, signed, VI), id)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", number);
		after.put("date", date.toString());
		after.put("signer", name);
		audit.record(actor.username(), AuditAction.ISSUE, Decisions.RECORD, String.valueOf(id), Map.of("status", "DRAFT"), after);
		return number;
	}

	/**
	 * The decision as a document: one issued here exactly as issued; a draft made now (number blank,
	 * marked as a draft) in the reader's language; one recorded from paper has none (its scan is its document).
	 */
	public byte[] document(long id, org.steerdesk.documents.DocumentFormat format, Actor actor, Locale locale) {
		Decision decision = decisions.require(id, Permission.READ, actor);
		if (decision.issuedHere()) {
			return jdbc.sql("SELECT " + (format == org.steerdesk.documents.DocumentFormat.DOCX ? "docx" : "pdf") + " FROM award_decisions WHERE id = ?")
				.param(id).query(byte[].class).single();
		}
		if (decision.issued()) {
			throw new NotFoundException("Document of decision " + id);
		}
		Authority authority = authorities.get(decision.authorityId());
		return documents.write(format, decision, authority, recipients.of(id), documents.draftSignature(decision, authority, locale), locale);
	}

	/** The signature a draft's issue form starts with. */
	public Signature draftSignature(long id, Actor actor, Locale locale) {
		Decision decision = decisions.require(id, Permission.MANAGE, actor);
		return documents.draftSignature(decision, authorities.get(decision.authorityId()), locale);
	}
}

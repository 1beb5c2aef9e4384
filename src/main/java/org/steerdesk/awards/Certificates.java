package org.steerdesk.awards;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.documents.Certificate;
import org.steerdesk.documents.CertificateWriter;
import org.steerdesk.documents.OfficialDocument;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitTree;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

/**
 * The printable certificates of an issued decision: one A4 landscape page per recipient that is not
 * revoked, from the template of the decision's authority and form, in Vietnamese.
 */
@Service
@Transactional(readOnly = true)
public class Certificates {

	private final Decisions decisions;

	private final Recipients recipients;

	private final Authorities authorities;

	private final CertificateTemplates templates;

	private final CertificateWriter writer;

	private final Units units;

	private final UnitTree tree;

	private final MessageSource messages;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final org.steerdesk.shared.HeavyWork heavy;

	private final org.springframework.transaction.support.TransactionTemplate keep;

	Certificates(Decisions decisions, Recipients recipients, Authorities authorities, CertificateTemplates templates, CertificateWriter writer,
			Units units, UnitTree tree, MessageSource messages, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			org.steerdesk.shared.HeavyWork heavy, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.heavy = heavy;
		this.keep = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.keep.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.decisions = decisions;
		this.recipients = recipients;
		this.authorities = authorities;
		this.templates = templates;
		this.writer = writer;
		this.units = units;
		this.tree = tree;
		this.messages = messages;
	}

	/**
	 * The certificates of every recipient of the decision ({@code recipientId} null), or of one. A
	 * decision's whole set is rendered once and kept with the digest of what it prints, and read back
	 * while that stays the same (a revocation or a changed template renders it anew); every rendering
	 * passes the heavy-work gate ({@link org.steerdesk.shared.HeavyWork}: one at a time per user, a
	 * few per instance).
	 */
	public byte[] pdf(long decisionId, Long recipientId, Actor actor) {
		Decision decision = decisions.require(decisionId, Permission.READ, actor);
		if (!decision.issued()) {
			new Violations().add("decision", "awards.certificatesOfDraft").throwIfAny();
		}
		List<Recipient> printed = recipients.of(decisionId).stream().filter(r -> !r.revoked())
			.filter(r -> recipientId == null || r.id() == recipientId).toList();
		if (printed.isEmpty()) {
			throw new NotFoundException("Certificates of decision " + decisionId);
		}
		Authority authority = authorities.get(decision.authorityId());
		CertificateTemplate template = templates.of(authority, decision.form());
		OrgUnit unit = units.byId(authority.unitId()).orElseThrow();
		List<OrgUnit> line = tree.ancestors(unit);
		String place = OfficialDocument.placeName((line.isEmpty() ? unit : line.get(0)).nameVi());
		String placeAndDate = messages.getMessage("document.dateLine", null, DecisionIssuing.VI).formatted(place, decision.date());
		String decisionLine = messages.getMessage("awards.cert.decision", new Object[] { decision.number(),
				decision.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) }, DecisionIssuing.VI);
		String signer = template.signerName() != null ? template.signerName() : decision.signer() == null ? "" : decision.signer();
		List<Certificate> pages = printed.stream().map(r -> new Certificate(template.heading(), template.wording(), template.title(), r.name(),
				details(r), r.citation(), decisionLine, placeAndDate, template.signerPrefix(), template.signerTitle(), signer)).toList();
		if (recipientId != null) {
			return heavy.run("certificates", actor.username(), () -> writer.write(pages));
		}
		String inputs = digest(pages);
		byte[] kept = jdbc.sql("SELECT pdf FROM award_certificate_pdfs WHERE decision_id = ? AND inputs = ?").params(decisionId, inputs)
			.query(byte[].class).optional().orElse(null);
		if (kept != null) {
			return kept;
		}
		byte[] pdf = heavy.run("certificates", actor.username(), () -> writer.write(pages));
		try {
			keep.executeWithoutResult(status -> {
				if (jdbc.sql("UPDATE award_certificate_pdfs SET inputs = ?, pdf = ?, rendered_at = ? WHERE decision_id = ?")
					.params(inputs, pdf, java.time.OffsetDateTime.now(), decisionId).update() == 0) {
					jdbc.sql("INSERT INTO award_certificate_pdfs (decision_id, inputs, pdf, rendered_at) VALUES (?, ?, ?, ?)")
						.params(decisionId, inputs, pdf, java.time.OffsetDateTime.now()).update();
				}
			});
		}
		catch (org.springframework.dao.DataAccessException e) {
			// another instance kept the same certificates at the same moment: either copy serves
		}
		return pdf;
	}

	/** The SHA-256 of what the certificates print, page by page. */
	private static String digest(List<Certificate> pages) {
		try {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			for (Certificate c : pages) {
				sha.update(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return java.util.HexFormat.of().formatHex(sha.digest());
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The line under the name: an individual's position and unit; a group's unit (a unit's own name says it already). */
	private String details(Recipient r) {
		String unitName = r.unitId() == null ? null : units.byId(r.unitId()).map(OrgUnit::nameVi).orElse(null);
		if (r.position() != null) {
			return unitName == null ? r.position() : r.position() + ", " + unitName;
		}
		return unitName == null || unitName.equals(r.name()) ? "" : unitName;
	}
}

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

	Certificates(Decisions decisions, Recipients recipients, Authorities authorities, CertificateTemplates templates, CertificateWriter writer,
			Units units, UnitTree tree, MessageSource messages) {
		this.decisions = decisions;
		this.recipients = recipients;
		this.authorities = authorities;
		this.templates = templates;
		this.writer = writer;
		this.units = units;
		this.tree = tree;
		this.messages = messages;
	}

	/** The certificates of every recipient of the decision ({@code recipientId} null), or of one. */
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
		return writer.write(printed.stream().map(r -> new Certificate(template.heading(), template.wording(), template.title(), r.name(),
				details(r), r.citation(), decisionLine, placeAndDate, template.signerPrefix(), template.signerTitle(), signer)).toList());
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

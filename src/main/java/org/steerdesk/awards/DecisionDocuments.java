package org.steerdesk.awards;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.documents.DocumentFormat;
import org.steerdesk.documents.DocxWriter;
import org.steerdesk.documents.Layout;
import org.steerdesk.documents.OfficialDocument;
import org.steerdesk.documents.OfficialDocument.Block;
import org.steerdesk.documents.PdfWriter;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitTree;
import org.steerdesk.org.Units;

/**
 * A commendation decision as an official document in the state layout of Decree 30/2020: the
 * authority's unit as issuer, the number ("Số: 05/QĐ-UBND", blank in a draft), place and date,
 * "QUYẾT ĐỊNH" and its subject, the authority, the legal bases (the Law on Emulation and
 * Commendation 2022 and Decree 98/2023/NĐ-CP), the three articles, recipients, the signature, and
 * the list of collectives and individuals as its annex.
 */
@Component
public class DecisionDocuments {

	private final DocxWriter docx;

	private final PdfWriter pdf;

	private final DocumentWords words;

	private final MessageSource messages;

	private final Units units;

	private final UnitTree tree;

	DecisionDocuments(DocxWriter docx, PdfWriter pdf, DocumentWords words, MessageSource messages, Units units, UnitTree tree) {
		this.docx = docx;
		this.pdf = pdf;
		this.words = words;
		this.messages = messages;
		this.units = units;
		this.tree = tree;
	}

	public byte[] write(DocumentFormat format, Decision decision, Authority authority, List<Recipient> recipients, Signature signature, Locale locale) {
		OfficialDocument document = document(decision, authority, recipients, signature, locale);
		return format == DocumentFormat.DOCX ? docx.write(document, Layout.STATE) : pdf.write(document, Layout.STATE);
	}

	/** The signature a draft shows until it is issued: today, no prefix, the authority as title, the signer named on the decision. */
	Signature draftSignature(Decision decision, Authority authority, Locale locale) {
		return new Signature(org.steerdesk.shared.ProvinceTime.today(), "", authority.name(locale).toUpperCase(Locale.forLanguageTag("vi")),
				decision.signer() == null ? "" : decision.signer());
	}

	OfficialDocument document(Decision decision, Authority authority, List<Recipient> recipients, Signature signature, Locale locale) {
		Layout.Words style = words.of(Layout.STATE, locale);
		OrgUnit unit = units.byId(authority.unitId()).orElseThrow();
		List<OrgUnit> line = tree.ancestors(unit);
		String place = OfficialDocument.placeName((line.isEmpty() ? unit : line.get(0)).name(locale));
		String number = decision.number() != null ? say("awards.doc.number", locale, decision.number())
				: say("awards.doc.number", locale, "\u00a0\u00a0\u00a0\u00a0\u00a0/" + authority.symbolOrDefault());
		String form = say("awards.form." + decision.form(), locale);
		long collectives = recipients.stream().filter(r -> r.type() == RecipientType.COLLECTIVE).count();
		long individuals = recipients.size() - collectives;
		String whom = collectives > 0 && individuals > 0 ? say("awards.doc.both", locale, collectives, individuals)
				: collectives > 0 ? say("awards.doc.collectivesOnly", locale, collectives) : say("awards.doc.individualsOnly", locale, individuals);
		String campaign = decision.campaign() == null ? "" : say("awards.doc.inCampaign", locale, decision.campaign());
		String subject = say("awards.doc.subject", locale, form, campaign) + (decision.number() == null ? " " + say("awards.doc.draftMark", locale) : "");
		List<Block> body = new ArrayList<>();
		body.add(Block.centred(authority.name(locale).toUpperCase(Locale.forLanguageTag("vi"))));
		body.add(Block.italic(say("awards.doc.basis1", locale)));
		body.add(Block.italic(say("awards.doc.basis2", locale)));
		body.add(Block.italic(say("awards.doc.proposal", locale)));
		body.add(Block.centred(say("awards.doc.decides", locale)));
		body.add(Block.paragraph(say("awards.doc.article1", locale, form, authority.name(locale), whom, campaign)));
		body.add(Block.paragraph(say("awards.doc.article2", locale)));
		body.add(Block.paragraph(say("awards.doc.article3", locale)));
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		String attached = say("awards.doc.attached", locale, decision.number() == null ? "\u00a0\u00a0\u00a0\u00a0\u00a0" : decision.number(),
				decision.date() == null ? "\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0\u00a0" : decision.date().format(day),
				authority.name(locale));
		OfficialDocument.Annex annex = new OfficialDocument.Annex(say("awards.doc.annexTitle", locale),
				say("awards.doc.annexSubject", locale, form) + "\n" + attached,
				List.of(say("gatherings.paper.no", locale), say("awards.recipientName", locale), say("gatherings.paper.position", locale),
						say("awards.citation", locale)),
				annexRows(recipients, locale), 1);
		return new OfficialDocument(style, null, unit.name(locale), number, place, signature.date(), say("awards.doc.title", locale), subject,
				body, List.of(say("awards.doc.recipients1", locale), say("awards.doc.recipients2", locale)), signature.prefix(),
				signature.title(), signature.name(), annex);
	}

	/** The annex: collectives, then individuals, each group under its heading row, numbered from 1. */
	private List<OfficialDocument.AnnexRow> annexRows(List<Recipient> recipients, Locale locale) {
		List<OfficialDocument.AnnexRow> rows = new ArrayList<>();
		for (RecipientType type : RecipientType.values()) {
			List<Recipient> group = recipients.stream().filter(r -> r.type() == type).toList();
			if (group.isEmpty()) {
				continue;
			}
			rows.add(new OfficialDocument.AnnexRow(List.of(type == RecipientType.COLLECTIVE ? "I" : "II",
					say("awards.doc.group." + type, locale, group.size()), "", ""), null));
			int n = 1;
			for (Recipient r : group) {
				String unitName = r.unitId() == null ? null : units.byId(r.unitId()).map(u -> u.name(locale)).orElse(null);
				String where = r.position() == null ? (unitName == null || r.name().equals(unitName) ? "" : unitName)
						: unitName == null ? r.position() : r.position() + ", " + unitName;
				rows.add(new OfficialDocument.AnnexRow(List.of(String.valueOf(n++), r.name(), where, r.citation() == null ? "" : r.citation()),
						null));
			}
		}
		return rows;
	}

	private String say(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

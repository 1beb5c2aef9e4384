package org.steerdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OfficialDocument} as DOCX in a {@link Layout}: A4 portrait with the layout's
 * margins, the two-column header (issuing body and number left, national title and motto right;
 * in the Party style the Party's name right), the place-and-date line in italics, the title and
 * subject, justified body paragraphs with first-line indent, recipients and signature.
 */
@Component
public class DocxWriter {

	public byte[] write(OfficialDocument doc, Layout layout) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx, layout);
			header(docx, doc, layout);
			XWPFParagraph date = paragraph(docx, ParagraphAlignment.RIGHT);
			run(date, doc.placeAndDate(), layout, layout.bodyPt(), false).setItalic(true);
			XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
			title.setSpacingBefore(layout.paragraphSpacingPt() * 40);
			run(title, doc.title(), layout, layout.titlePt(), true);
			XWPFParagraph subject = paragraph(docx, ParagraphAlignment.CENTER);
			run(subject, doc.subject(), layout, layout.bodyPt(), true);
			for (OfficialDocument.Paragraph p : doc.body()) {
				XWPFParagraph body = paragraph(docx, ParagraphAlignment.BOTH);
				body.setSpacingAfter(layout.paragraphSpacingPt() * 20);
				if (!p.heading()) {
					body.setIndentationFirstLine((int) Math.round(layout.firstLineIndentCm() * 567));
				}
				run(body, p.text(), layout, layout.bodyPt(), p.heading());
			}
			XWPFTable closing = docx.createTable(1, 2);
			closing.removeBorders();
			XWPFTableCell recipients = closing.getRow(0).getCell(0);
			XWPFParagraph label = recipients.getParagraphs().get(0);
			XWPFRun labelRun = run(label, "Nơi nhận:", layout, layout.recipientsLabelPt(), true);
			labelRun.setItalic(true);
			for (String recipient : doc.recipients()) {
				run(recipients.addParagraph(), "- " + recipient + ";", layout, layout.recipientsPt(), false);
			}
			XWPFTableCell signature = closing.getRow(0).getCell(1);
			XWPFParagraph prefix = signature.getParagraphs().get(0);
			prefix.setAlignment(ParagraphAlignment.CENTER);
			run(prefix, doc.signaturePrefix(), layout, layout.bodyPt(), true);
			XWPFParagraph signerTitle = signature.addParagraph();
			signerTitle.setAlignment(ParagraphAlignment.CENTER);
			run(signerTitle, doc.signerTitle(), layout, layout.bodyPt(), true);
			XWPFParagraph name = signature.addParagraph();
			name.setAlignment(ParagraphAlignment.CENTER);
			name.setSpacingBefore(1200);
			run(name, doc.signerName(), layout, layout.bodyPt(), true);
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(XWPFDocument docx, OfficialDocument doc, Layout layout) {
		XWPFTable header = docx.createTable(1, 2);
		header.removeBorders();
		XWPFTableCell left = header.getRow(0).getCell(0);
		XWPFParagraph governing = left.getParagraphs().get(0);
		governing.setAlignment(ParagraphAlignment.CENTER);
		if (doc.governingBody() != null) {
			run(governing, doc.governingBody(), layout, layout.issuerPt(), false);
		}
		XWPFParagraph issuer = left.addParagraph();
		issuer.setAlignment(ParagraphAlignment.CENTER);
		run(issuer, doc.issuer().toUpperCase(java.util.Locale.forLanguageTag("vi")), layout, layout.issuerPt(), true);
		XWPFParagraph number = left.addParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, doc.number(), layout, layout.bodyPt() - 1, false);
		XWPFTableCell right = header.getRow(0).getCell(1);
		XWPFParagraph national = right.getParagraphs().get(0);
		national.setAlignment(layout.motto() == null ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
		XWPFRun nationalRun = run(national, layout.nationalTitle(), layout, layout.nationalTitlePt(), true);
		if (layout.motto() == null) {
			nationalRun.setUnderline(UnderlinePatterns.SINGLE);
		}
		if (layout.motto() != null) {
			XWPFParagraph motto = right.addParagraph();
			motto.setAlignment(ParagraphAlignment.CENTER);
			run(motto, layout.motto(), layout, layout.mottoPt(), true).setUnderline(UnderlinePatterns.SINGLE);
		}
	}

	private static void page(XWPFDocument docx, Layout layout) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(layout.marginTopMm())));
		margins.setBottom(BigInteger.valueOf(twips(layout.marginBottomMm())));
		margins.setLeft(BigInteger.valueOf(twips(layout.marginLeftMm())));
		margins.setRight(BigInteger.valueOf(twips(layout.marginRightMm())));
	}

	static long twips(double mm) {
		return Math.round(mm * 1440 / 25.4);
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment) {
		XWPFParagraph p = docx.createParagraph();
		p.setAlignment(alignment);
		return p;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, Layout layout, int points, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(layout.font());
		run.setFontSize(points);
		run.setBold(bold);
		return run;
	}
}

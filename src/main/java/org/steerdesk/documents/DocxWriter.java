package org.steerdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OfficialDocument} as DOCX in a {@link Layout}: A4 portrait with the layout's
 * margins; the page number centred in the top margin from page 2 (a blank first-page header);
 * the two-column header (issuing body and number left; national title and motto right, or in the
 * Party style the Party's name, with the place-and-date line in italics under them); title and subject;
 * justified body with first-line indent; recipients and signature; the annex on its own page.
 */
@Component
public class DocxWriter {

	/** A4 in twentieths of a point. */
	static final int A4_WIDTH = 11906;

	static final int A4_HEIGHT = 16838;

	public byte[] write(OfficialDocument doc, Layout layout) {
		Layout.Words words = doc.words();
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx, layout);
			pageNumbers(docx, layout);
			header(docx, doc, layout, words);
			XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
			title.setSpacingBefore(layout.paragraphSpacingPt() * 40);
			run(title, doc.title(), layout, layout.titlePt(), true);
			XWPFParagraph subject = paragraph(docx, ParagraphAlignment.CENTER);
			subject.setSpacingAfter(layout.paragraphSpacingPt() * 40);
			run(subject, doc.subject(), layout, layout.bodyPt(), true);
			for (OfficialDocument.Block block : doc.body()) {
				body(docx, block, layout);
			}
			closing(docx, doc, layout, words);
			if (doc.annex() != null) {
				annex(docx, doc.annex(), layout);
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void body(XWPFDocument docx, OfficialDocument.Block block, Layout layout) {
		XWPFParagraph p = paragraph(docx, ParagraphAlignment.BOTH);
		p.setSpacingAfter(layout.paragraphSpacingPt() * 20);
		int indent = (int) Math.round(layout.firstLineIndentCm() * 567);
		switch (block.kind()) {
			case HEADING -> p.setIndentationFirstLine(block.level() > 1 ? indent : 0);
			case PARAGRAPH -> p.setIndentationFirstLine(indent);
			case LIST_ITEM -> {
				p.setIndentationFirstLine(indent);
				run(p, block.marker() + " ", layout, layout.bodyPt(), false);
			}
		}
		boolean heading = block.kind() == OfficialDocument.Kind.HEADING;
		for (OfficialDocument.Run r : block.runs()) {
			run(p, r.text(), layout, layout.bodyPt(), heading || r.bold()).setItalic(r.italic());
		}
	}

	private static void closing(XWPFDocument docx, OfficialDocument doc, Layout layout, Layout.Words words) {
		XWPFTable closing = docx.createTable(1, 2);
		closing.removeBorders();
		widths(closing, layout, 0.45, 0.55);
		XWPFTableCell recipients = closing.getRow(0).getCell(0);
		XWPFParagraph label = recipients.getParagraphs().get(0);
		run(label, words.recipientsLabel(), layout, layout.recipientsLabelPt(), true).setItalic(true);
		for (int i = 0; i < doc.recipients().size(); i++) {
			String end = i == doc.recipients().size() - 1 ? "." : ";";
			run(recipients.addParagraph(), "- " + doc.recipients().get(i) + end, layout, layout.recipientsPt(), false);
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
		name.setSpacingBefore(1600);
		run(name, doc.signerName(), layout, layout.bodyPt(), true);
	}

	private static void annex(XWPFDocument docx, OfficialDocument.Annex annex, Layout layout) {
		XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
		title.setPageBreak(true);
		run(title, annex.title(), layout, layout.titlePt(), true);
		XWPFParagraph subject = paragraph(docx, ParagraphAlignment.CENTER);
		subject.setSpacingAfter(layout.paragraphSpacingPt() * 20);
		run(subject, annex.subject(), layout, layout.bodyPt(), false).setItalic(true);
		int small = layout.recipientsPt() + 1;
		XWPFTable table = docx.createTable(annex.rows().size() + 1, annex.headers().size());
		table.setWidth("100%");
		table.setWidthType(TableWidthType.PCT);
		if (annex.headers().size() == PdfWriter.ANNEX_WIDTHS.length) {
			widths(table, layout, Arrays.stream(PdfWriter.ANNEX_WIDTHS).mapToDouble(w -> w / 100.0).toArray());
		}
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < annex.headers().size(); c++) {
			run(head.getCell(c).getParagraphs().get(0), annex.headers().get(c), layout, small, true);
		}
		for (int r = 0; r < annex.rows().size(); r++) {
			OfficialDocument.AnnexRow row = annex.rows().get(r);
			XWPFTableRow line = table.getRow(r + 1);
			for (int c = 0; c < row.cells().size(); c++) {
				XWPFTableCell cell = line.getCell(c);
				run(cell.getParagraphs().get(0), row.cells().get(c), layout, small, false);
				if (c == annex.linkColumn() && row.link() != null) {
					XWPFRun link = cell.addParagraph().createHyperlinkRun(row.link());
					link.setText(row.link());
					link.setFontFamily(layout.font());
					link.setFontSize(small - 2);
					link.setUnderline(UnderlinePatterns.SINGLE);
					link.setColor("0000EE");
				}
			}
		}
	}

	private static void header(XWPFDocument docx, OfficialDocument doc, Layout layout, Layout.Words words) {
		XWPFTable header = docx.createTable(1, 2);
		header.removeBorders();
		header.setCellMargins(0, 0, 0, 0); // the national title needs the whole column to stay on one line
		widths(header, layout, 0.38, 0.62);
		Locale vi = Locale.forLanguageTag("vi");
		XWPFTableCell left = header.getRow(0).getCell(0);
		XWPFParagraph governing = left.getParagraphs().get(0);
		governing.setAlignment(ParagraphAlignment.CENTER);
		if (doc.governingBody() != null) {
			run(governing, doc.governingBody().toUpperCase(vi), layout, layout.issuerPt(), false);
		}
		XWPFParagraph issuer = left.addParagraph();
		issuer.setAlignment(ParagraphAlignment.CENTER);
		run(issuer, doc.issuer().toUpperCase(vi), layout, layout.issuerPt(), true);
		XWPFParagraph number = left.addParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.setSpacingBefore(120);
		run(number, doc.number(), layout, layout.numberPt(), false);
		XWPFTableCell right = header.getRow(0).getCell(1);
		XWPFParagraph national = right.getParagraphs().get(0);
		national.setAlignment(words.motto() == null ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
		XWPFRun nationalRun = run(national, words.nationalTitle(), layout, layout.nationalTitlePt(), true);
		if (words.motto() == null) {
			nationalRun.setUnderline(UnderlinePatterns.SINGLE);
		}
		else {
			XWPFParagraph motto = right.addParagraph();
			motto.setAlignment(ParagraphAlignment.CENTER);
			run(motto, words.motto(), layout, layout.mottoPt(), true).setUnderline(UnderlinePatterns.SINGLE);
		}
		XWPFParagraph date = right.addParagraph();
		date.setAlignment(words.motto() == null ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
		date.setSpacingBefore(240);
		run(date, words.placeAndDate(doc.place(), doc.date()), layout, layout.bodyPt(), false).setItalic(true);
	}

	/**
	 * Sets a table's columns to shares of the text width, in twips in the grid and in every cell
	 * (Word reads the cells, LibreOffice the grid), with a fixed layout so that neither re-flows them.
	 */
	private static void widths(XWPFTable table, Layout layout, double... shares) {
		long text = A4_WIDTH - twips(layout.marginLeftMm()) - twips(layout.marginRightMm());
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(text));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (double share : shares) {
			grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(text * share)));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < shares.length && c < row.getTableCells().size(); c++) {
				CTTcPr properties = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr() : row.getCell(c).getCTTc().addNewTcPr();
				CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
				width.setType(STTblWidth.DXA);
				width.setW(BigInteger.valueOf(Math.round(text * shares[c])));
			}
		}
	}

	private static void page(XWPFDocument docx, Layout layout) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(layout.marginTopMm())));
		margins.setBottom(BigInteger.valueOf(twips(layout.marginBottomMm())));
		margins.setLeft(BigInteger.valueOf(twips(layout.marginLeftMm())));
		margins.setRight(BigInteger.valueOf(twips(layout.marginRightMm())));
		margins.setHeader(BigInteger.valueOf(twips(10)));
		margins.setFooter(BigInteger.valueOf(twips(10)));
	}

	/** A blank first-page header and, on every later page, the page number centred at the top. */
	private static void pageNumbers(XWPFDocument docx, Layout layout) {
		XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
		first.createParagraph();
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
		XWPFHeader others = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = others.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		CTR r = field.addNewR();
		CTRPr pr = r.addNewRPr();
		CTFonts fonts = pr.addNewRFonts();
		fonts.setAscii(layout.font());
		fonts.setHAnsi(layout.font());
		fonts.setCs(layout.font());
		pr.addNewSz().setVal(BigInteger.valueOf(layout.pageNumberPt() * 2L));
		r.addNewT().setStringValue("2");
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

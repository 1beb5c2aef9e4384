package org.steerdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
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
public class DocxWriter extends Renderer {

	/** A4 in twentieths of a point. */
	static final int A4_WIDTH = 11906;

	static final int A4_HEIGHT = 16838;

	public byte[] write(OfficialDocument doc, Layout layout) {
		return gated(() -> render(doc, layout));
	}

	public DocxWriter() {
		this(null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public DocxWriter(org.steerdesk.shared.HeavyWork heavy) {
		super(heavy);
	}

	private byte[] render(OfficialDocument doc, Layout layout) {
		Layout.Words words = doc.words();
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx, layout);
			styles(docx, layout, words.locale());
			pageNumbers(docx, layout);
			header(docx, doc, layout, words);
			XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER);
			title.setStyle(TITLE);
			title.setSpacingBefore(layout.paragraphSpacingPt() * 40);
			run(title, doc.title(), layout, layout.titlePt(), true);
			XWPFParagraph subject = paragraph(docx, ParagraphAlignment.CENTER);
			subject.setStyle(SUBTITLE);
			run(subject, doc.subject(), layout, layout.bodyPt(), true);
			// under the subject line: a short rule (Decree 30) or a row of dashes (Guideline 36)
			XWPFParagraph under = words.motto() == null ? paragraph(docx, ParagraphAlignment.CENTER) : rule(docx.createParagraph(), 0.3);
			under.setSpacingAfter(layout.paragraphSpacingPt() * 40);
			if (words.motto() == null) {
				run(under, "-----", layout, layout.bodyPt(), false);
			}
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
		p.setStyle(block.kind() == OfficialDocument.Kind.HEADING ? "Heading" + Math.min(3, Math.max(1, block.level())) : NORMAL);
		p.setSpacingAfter(layout.paragraphSpacingPt() * 20);
		int indent = (int) Math.round(layout.firstLineIndentCm() * 567);
		switch (block.kind()) {
			case HEADING -> p.setIndentationFirstLine(block.level() > 1 ? indent : 0);
			case PARAGRAPH -> p.setIndentationFirstLine(indent);
			case LIST_ITEM -> {
				p.setIndentationFirstLine(indent);
				run(p, block.marker() + " ", layout, layout.bodyPt(), false);
			}
			case CENTRED -> p.setAlignment(ParagraphAlignment.CENTER);
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
		String[] lines = annex.subject().split("\n");
		for (int i = 0; i < lines.length; i++) {
			XWPFRun line = run(subject, lines[i], layout, layout.bodyPt(), false);
			line.setItalic(true);
			if (i < lines.length - 1) {
				line.addBreak();
			}
		}
		int small = layout.recipientsPt() + 1;
		XWPFTable table = docx.createTable(annex.rows().size() + 1, annex.headers().size());
		table.setStyleID(ANNEX_TABLE);
		widths(table, layout, Arrays.stream(annex.widths()).mapToDouble(w -> w / 100.0).toArray());
		// the header row repeats on every page; no row is split across pages
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < annex.headers().size(); c++) {
			XWPFParagraph cell = head.getCell(c).getParagraphs().get(0);
			cell.setAlignment(annex.isNumber(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.CENTER);
			run(cell, annex.headers().get(c), layout, small, true);
		}
		for (int r = 0; r < annex.rows().size(); r++) {
			OfficialDocument.AnnexRow row = annex.rows().get(r);
			XWPFTableRow line = table.getRow(r + 1);
			line.setCantSplitRow(true);
			for (int c = 0; c < row.cells().size(); c++) {
				XWPFTableCell cell = line.getCell(c);
				XWPFParagraph first = cell.getParagraphs().get(0);
				first.setAlignment(annex.isNumber(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				run(first, row.cells().get(c), layout, small, false);
				if (c == annex.linkColumn() && row.note() != null) {
					run(cell.addParagraph(), row.note(), layout, small - 3, false).setColor("555555");
				}
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
			List<String> lines = OfficialDocument.bodyLines(doc.governingBody().toUpperCase(vi));
			for (int i = 0; i < lines.size(); i++) {
				XWPFRun line = run(governing, lines.get(i), layout, layout.issuerPt(), false);
				if (i < lines.size() - 1) {
					line.addBreak();
				}
			}
		}
		XWPFParagraph issuer = left.addParagraph();
		issuer.setAlignment(ParagraphAlignment.CENTER);
		run(issuer, doc.issuer().toUpperCase(vi), layout, layout.issuerPt(), true);
		if (words.motto() == null) {
			// Guideline 36: a star under the issuing body
			XWPFParagraph star = left.addParagraph();
			star.setAlignment(ParagraphAlignment.CENTER);
			run(star, "*", layout, layout.issuerPt(), false);
		}
		else {
			// Decree 30: a short rule under the issuing body
			rule(left.addParagraph(), 0.3);
		}
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

	/** A centred rule {@code share} of the line long (a paragraph with only a bottom border, indented from both sides). */
	private static XWPFParagraph rule(XWPFParagraph p, double share) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setBorderBottom(Borders.SINGLE);
		p.setSpacingAfter(0);
		p.setSpacingBefore(0);
		CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTInd ind = properties.isSetInd() ? properties.getInd() : properties.addNewInd();
		// the indents are percentages of nothing in Word: a fixed share of a column of about 6 cm
		long side = Math.round(3400 * (1 - share) / 2);
		ind.setLeft(BigInteger.valueOf(side));
		ind.setRight(BigInteger.valueOf(side));
		CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
		spacing.setLine(BigInteger.valueOf(60));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		return p;
	}

	static final String NORMAL = "Normal";

	static final String TITLE = "Title";

	static final String SUBTITLE = "Subtitle";

	static final String ANNEX_TABLE = "AnnexTable";

	/**
	 * Real styles, so that an office can restyle the document and Word checks spelling in the
	 * document's language: Normal (the layout's font and body size, language vi-VN or en-GB),
	 * Title, Subtitle, Heading 1–3 and the annex's table style.
	 */
	private static void styles(XWPFDocument docx, Layout layout, Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "en-GB" : "vi-VN";
		XWPFStyles styles = docx.createStyles();
		styles.setSpellingLanguage(language);
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(layout.font());
		fonts.setHAnsi(layout.font());
		fonts.setCs(layout.font());
		styles.setDefaultFonts(fonts);
		styles.addStyle(new XWPFStyle(paragraphStyle(NORMAL, "Normal", null, layout, layout.bodyPt(), false, language, -1), styles));
		styles.addStyle(new XWPFStyle(paragraphStyle(TITLE, "Title", NORMAL, layout, layout.titlePt(), true, language, -1), styles));
		styles.addStyle(new XWPFStyle(paragraphStyle(SUBTITLE, "Subtitle", NORMAL, layout, layout.bodyPt(), true, language, -1), styles));
		for (int level = 1; level <= 3; level++) {
			styles.addStyle(new XWPFStyle(paragraphStyle("Heading" + level, "heading " + level, NORMAL, layout, layout.bodyPt(), true,
					language, level - 1), styles));
		}
		CTStyle table = CTStyle.Factory.newInstance();
		table.setStyleId(ANNEX_TABLE);
		table.setType(STStyleType.TABLE);
		table.addNewName().setVal("Annex Table");
		table.addNewUiPriority().setVal(BigInteger.valueOf(59));
		// the table's borders are its own (the lean OOXML schemas POI ships lack a table style's properties)
		CTRPr cells = table.addNewRPr();
		cells.addNewSz().setVal(BigInteger.valueOf((layout.recipientsPt() + 1) * 2L));
		cells.addNewLang().setVal(language);
		styles.addStyle(new XWPFStyle(table, styles));
	}

	private static CTStyle paragraphStyle(String id, String name, String basedOn, Layout layout, int points, boolean bold, String language,
			int outline) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn == null) {
			style.setDefault(true);
		}
		else {
			style.addNewBasedOn().setVal(basedOn);
			style.addNewNext().setVal(NORMAL);
		}
		style.addNewQFormat();
		if (outline >= 0) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
			style.getPPr().addNewKeepNext();
		}
		CTRPr run = style.addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(layout.font());
		fonts.setHAnsi(layout.font());
		fonts.setCs(layout.font());
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
		run.addNewLang().setVal(language);
		return style;
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

package org.steerdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an {@link OfficialDocument} as PDF in a {@link Layout}, with the same measures as the
 * DOCX: the document is laid out as XHTML with print CSS (A4, the layout's margins in mm, sizes in
 * pt, the page number in the top margin from page 2) and rendered by openhtmltopdf. The font is
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese glyphs, SIL OFL 1.1;
 * the licence ships beside it in {@code fonts/}), embedded under the family name the layout asks for.
 */
@Component
public class PdfWriter extends Renderer {

	private static final String[][] FONTS = { { "Regular", "400", "NORMAL" }, { "Bold", "700", "NORMAL" },
			{ "Italic", "400", "ITALIC" }, { "BoldItalic", "700", "ITALIC" } };

	static {
		com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
	}

	public byte[] write(OfficialDocument doc, Layout layout) {
		return gated(() -> render(html(doc, layout), layout));
	}

	/** A working paper (a programme, an attendance list) in the layout's page, font and header. */
	public byte[] write(WorkingPaper paper, Layout layout) {
		return gated(() -> render(html(paper, layout), layout));
	}

	public PdfWriter() {
		this(null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public PdfWriter(org.steerdesk.shared.HeavyWork heavy) {
		super(heavy);
	}


	private static byte[] render(String html, Layout layout) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (String[] font : FONTS) {
				builder.useFont(() -> font("/fonts/LiberationSerif-" + font[0] + ".ttf"), layout.font(), Integer.valueOf(font[1]),
						FontStyle.valueOf(font[2]), true);
			}
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream font(String path) {
		InputStream in = PdfWriter.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Font missing from the application: " + path);
		}
		return in;
	}

	/** The document as XHTML with print CSS; every measure comes from the layout. */
	static String html(OfficialDocument doc, Layout layout) {
		Layout.Words words = doc.words();
		StringBuilder h = start(words, doc.subject(), layout);
		head(h, words, doc.governingBody(), doc.issuer(), doc.number(), words.placeAndDate(doc.place(), doc.date()));
		h.append("<p class=\"title\">").append(esc(doc.title())).append("</p>");
		h.append("<p class=\"subject\">").append(esc(doc.subject())).append("</p>");
		h.append(words.motto() == null ? "<p class=\"dashes\">-----</p>" : "<div class=\"rule subject-rule\"></div>");
		for (OfficialDocument.Block block : doc.body()) {
			String css = switch (block.kind()) {
				case HEADING -> block.level() > 1 ? "heading sub" : "heading";
				case PARAGRAPH -> "body";
				case LIST_ITEM -> "body item";
				case CENTRED -> "centred";
			};
			h.append("<p class=\"").append(css).append("\">");
			if (block.marker() != null) {
				h.append(esc(block.marker())).append(' ');
			}
			for (OfficialDocument.Run run : block.runs()) {
				String text = esc(run.text());
				text = run.italic() ? "<i>" + text + "</i>" : text;
				h.append(run.bold() ? "<b>" + text + "</b>" : text);
			}
			h.append("</p>");
		}
		h.append("<table class=\"closing\"><tr><td class=\"recipients\"><div class=\"label\">").append(esc(words.recipientsLabel()))
			.append("</div>");
		for (int i = 0; i < doc.recipients().size(); i++) {
			String end = i == doc.recipients().size() - 1 ? "." : ";";
			h.append("<div>- ").append(esc(doc.recipients().get(i) + end)).append("</div>");
		}
		h.append("</td><td class=\"signature\"><div>").append(esc(doc.signaturePrefix())).append("</div><div>")
			.append(esc(doc.signerTitle()))
			.append("</div><div class=\"name\">")
			.append(esc(doc.signerName()))
			.append("</div></td></tr></table>");
		if (doc.annex() != null) {
			annex(h, doc.annex());
		}
		return h.append("</body></html>").toString();
	}

	/** A working paper as XHTML: the header, the title and subject, the particulars, and its table (tall rows to sign in). */
	static String html(WorkingPaper paper, Layout layout) {
		StringBuilder h = start(paper.words(), paper.subject(), layout);
		head(h, paper.words(), paper.governingBody(), paper.issuer(), null, null);
		h.append("<p class=\"title\">").append(esc(paper.title())).append("</p>");
		h.append("<p class=\"subject\">").append(esc(paper.subject())).append("</p>");
		for (String line : paper.particulars()) {
			h.append("<p class=\"particular\">").append(esc(line)).append("</p>");
		}
		h.append(paper.words().motto() == null ? "<p class=\"dashes\">-----</p>" : "<div class=\"rule subject-rule\"></div>");
		h.append("<table class=\"annex-table").append(paper.tallRows() ? " tall" : "").append("\"><colgroup>");
		for (int width : paper.widths()) {
			h.append("<col style=\"width: ").append(width).append("%\"/>");
		}
		h.append("</colgroup><thead><tr>");
		paper.headers().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
		h.append("</tr></thead><tbody>");
		for (List<String> row : paper.rows()) {
			h.append("<tr>");
			row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
			h.append("</tr>");
		}
		return h.append("</tbody></table></body></html>").toString();
	}

	private static StringBuilder start(Layout.Words words, String title, Layout layout) {
		StringBuilder h = new StringBuilder(16_384);
		return h.append("<!DOCTYPE html><html lang=\"").append(words.locale().getLanguage()).append("\"><head><meta charset=\"utf-8\"/><title>")
			.append(esc(title))
			.append("</title><style>")
			.append(css(layout))
			.append("</style></head><body>");
	}

	/** The header every paper shares: the body above and the issuer on the left (number under them, if any), the national title on the right. */
	private static void head(StringBuilder h, Layout.Words words, String governingBody, String issuer, String number, String placeAndDate) {
		Locale vi = Locale.forLanguageTag("vi");
		h.append("<table class=\"head\"><tr><td class=\"left\">");
		if (governingBody != null) {
			for (String line : OfficialDocument.bodyLines(governingBody.toUpperCase(vi))) {
				h.append("<div class=\"governing\">").append(esc(line)).append("</div>");
			}
		}
		h.append("<div class=\"issuer\">").append(esc(issuer.toUpperCase(vi))).append("</div>");
		// under the issuing body: a short rule (Decree 30) or a star (Guideline 36)
		h.append(words.motto() == null ? "<div class=\"star\">*</div>" : "<div class=\"rule\"></div>");
		if (number != null) {
			h.append("<div class=\"number\">").append(esc(number)).append("</div>");
		}
		h.append("</td>");
		h.append(words.motto() == null ? "<td class=\"right party\">" : "<td class=\"right\">");
		h.append("<div class=\"national\">").append(esc(words.nationalTitle())).append("</div>");
		if (words.motto() != null) {
			h.append("<div class=\"motto\">").append(esc(words.motto())).append("</div>");
		}
		if (placeAndDate != null) {
			h.append("<div class=\"date\">").append(esc(placeAndDate)).append("</div>");
		}
		h.append("</td>");
		h.append("</tr></table>");
	}

	private static void annex(StringBuilder h, OfficialDocument.Annex annex) {
		h.append("<div class=\"annex\"><p class=\"title\">").append(esc(annex.title())).append("</p><p class=\"annex-subject\">")
			.append(esc(annex.subject()).replace("\n", "<br/>"))
			.append("</p><table class=\"annex-table\">");
		h.append("<colgroup>");
		for (int width : annex.widths()) {
			h.append("<col style=\"width: ").append(width).append("%\"/>");
		}
		h.append("</colgroup>");
		h.append("<thead><tr>");
		for (int c = 0; c < annex.headers().size(); c++) {
			h.append(annex.isNumber(c) ? "<th class=\"n\">" : "<th>").append(esc(annex.headers().get(c))).append("</th>");
		}
		h.append("</tr></thead><tbody>");
		for (OfficialDocument.AnnexRow row : annex.rows()) {
			h.append("<tr>");
			for (int c = 0; c < row.cells().size(); c++) {
				h.append(annex.isNumber(c) ? "<td class=\"n\">" : "<td>").append(esc(row.cells().get(c)));
				if (c == annex.linkColumn() && row.note() != null) {
					h.append("<div class=\"note\">").append(esc(row.note())).append("</div>");
				}
				if (c == annex.linkColumn() && row.link() != null) {
					h.append("<div class=\"link\"><a href=\"").append(esc(row.link())).append("\">").append(esc(row.link())).append("</a></div>");
				}
				h.append("</td>");
			}
			h.append("</tr>");
		}
		h.append("</tbody></table></div>");
	}

	private static String css(Layout l) {
		String font = "'" + l.font() + "'";
		return """
				@page { size: 210mm 297mm; margin: %smm %smm %smm %smm;
				  @top-center { content: counter(page); font-family: %s; font-size: %dpt; vertical-align: middle; } }
				@page :first { @top-center { content: none; } }
				body { font-family: %s; font-size: %dpt; line-height: 1.25; margin: 0; }
				p { margin: 0; }
				table.head, table.closing { width: 100%%; border-collapse: collapse; }
				table.head td, table.closing td { vertical-align: top; text-align: center; padding: 0; }
				td.left { width: 38%%; } td.right { width: 62%%; }
				td.party { text-align: right; }
				.governing { font-size: %dpt; }
				.issuer { font-size: %dpt; font-weight: bold; }
				.number { font-size: %dpt; margin-top: 6pt; }
				.national { font-size: %dpt; font-weight: bold; white-space: nowrap; }
				td.party .national { text-decoration: underline; }
				.motto { font-size: %dpt; font-weight: bold; text-decoration: underline; }
				.date { font-style: italic; margin-top: 12pt; font-size: %dpt; }
				.title { font-size: %dpt; font-weight: bold; text-align: center; margin-top: 18pt; }
				.subject { font-weight: bold; text-align: center; }
				.body { text-align: justify; text-indent: %scm; margin-bottom: %dpt; }
				.heading { font-weight: bold; text-align: justify; margin-bottom: %dpt; }
				.heading.sub { text-indent: %scm; }
				table.closing { margin-top: 12pt; page-break-inside: avoid; }
				table.closing td.recipients { width: 45%%; text-align: left; font-size: %dpt; }
				td.recipients .label { font-size: %dpt; font-weight: bold; font-style: italic; }
				table.closing td.signature { width: 55%%; font-weight: bold; }
				td.signature .name { margin-top: 60pt; }
				.annex { page-break-before: always; }
				.annex-subject { text-align: center; font-style: italic; margin-bottom: 12pt; }
				table.annex-table { width: 100%%; border-collapse: collapse; table-layout: fixed; font-size: %dpt; }
				table.annex-table th, table.annex-table td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
				table.annex-table .link { font-size: %dpt; word-wrap: break-word; margin-top: 2pt; }
				table.annex-table { -fs-table-paginate: paginate; }
				table.annex-table tr { page-break-inside: avoid; }
				table.annex-table .n { text-align: right; }
				table.annex-table .note { font-size: 8pt; color: #555; }
				table.annex-table.tall td { height: 26pt; }
				table.annex-table th { text-align: center; }
				.particular { text-align: center; font-style: italic; }
				.centred { text-align: center; font-weight: bold; margin-bottom: 6pt; }
				.rule { width: 35%%; margin: 2pt auto 0 auto; border-top: 0.5pt solid #000; height: 0; }
				.subject-rule { width: 25%%; margin-bottom: 12pt; }
				.star { text-align: center; }
				.dashes { text-align: center; margin-bottom: 12pt; }
				""".formatted(num(l.marginTopMm()), num(l.marginRightMm()), num(l.marginBottomMm()), num(l.marginLeftMm()), font,
				l.pageNumberPt(), font, l.bodyPt(), l.issuerPt(), l.issuerPt(), l.numberPt(), l.nationalTitlePt(), l.mottoPt(),
				l.bodyPt(), l.titlePt(), num(l.firstLineIndentCm()), l.paragraphSpacingPt(), l.paragraphSpacingPt(), num(l.firstLineIndentCm()),
				l.recipientsPt(), l.recipientsLabelPt(), l.recipientsPt() + 1, l.recipientsPt() - 1);
	}

	private static String num(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}

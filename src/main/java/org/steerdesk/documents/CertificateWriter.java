package org.steerdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Prints certificates, one A4 landscape page each, in the embedded Liberation Serif. A name is set
 * as large as fits on one line (measured with the font's own widths), from {@value #NAME_MAX} pt down
 * to {@value #NAME_MIN} pt, and wraps at that size only if it is longer still; the citation shrinks
 * with its length in the same way, so no name or citation is ever cut or runs off the page.
 */
@Component
public class CertificateWriter extends Renderer {

	static final float NAME_MAX = 34;

	static final float NAME_MIN = 16;

	static final float CITATION_MAX = 17;

	static final float CITATION_MIN = 9;

	/** The width text may take: A4 landscape (842 pt) less the frame and margins. */
	static final float TEXT_WIDTH = 842 - 2 * 90;

	/** The height the citation may take. */
	static final float CITATION_HEIGHT = 160;

	private static final String FONT = "Liberation Serif";

	private static final Fonts FONTS = new Fonts();

	/** The certificates as one PDF, a page each. */
	public byte[] write(List<Certificate> certificates) {
		return gated(() -> render(certificates));
	}

	public CertificateWriter() {
		this(null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public CertificateWriter(org.steerdesk.shared.HeavyWork heavy) {
		super(heavy);
	}

	private byte[] render(List<Certificate> certificates) {
		StringBuilder h = new StringBuilder(8192).append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"/><title>")
			.append(esc(certificates.isEmpty() ? "" : certificates.get(0).title()))
			.append("</title><style>")
			.append(CSS)
			.append("</style></head><body>");
		for (int i = 0; i < certificates.size(); i++) {
			page(h, certificates.get(i), i == certificates.size() - 1);
		}
		h.append("</body></html>");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("Regular"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("Bold"), FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("Italic"), FONT, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> font("BoldItalic"), FONT, 700, FontStyle.ITALIC, true);
			builder.withHtmlContent(h.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void page(StringBuilder h, Certificate c, boolean last) {
		float name = fit(c.name(), true, NAME_MAX, NAME_MIN);
		float citation = citationSize(c.citation());
		h.append("<div class=\"page").append(last ? " last" : "").append("\"><div class=\"frame\">");
		h.append("<div class=\"heading\">").append(esc(c.heading())).append("</div>");
		h.append("<div class=\"wording\">").append(esc(c.wording())).append("</div>");
		h.append("<div class=\"title\">").append(esc(c.title())).append("</div>");
		h.append("<div class=\"name\" style=\"font-size: ").append(name).append("pt\">").append(esc(c.name())).append("</div>");
		if (c.details() != null && !c.details().isBlank()) {
			h.append("<div class=\"details\">").append(esc(c.details())).append("</div>");
		}
		if (c.citation() != null && !c.citation().isBlank()) {
			h.append("<div class=\"citation\" style=\"font-size: ").append(citation).append("pt\">").append(esc(c.citation())).append("</div>");
		}
		h.append("<table class=\"foot\"><tr><td class=\"decision\">").append(esc(c.decisionLine())).append("</td><td class=\"sign\">")
			.append("<div class=\"date\">").append(esc(c.placeAndDate())).append("</div>");
		if (c.signerPrefix() != null && !c.signerPrefix().isBlank()) {
			h.append("<div class=\"role\">").append(esc(c.signerPrefix())).append("</div>");
		}
		h.append("<div class=\"role\">").append(esc(c.signerTitle())).append("</div><div class=\"signer\">").append(esc(c.signerName()))
			.append("</div></td></tr></table></div></div>");
	}

	/** The largest size from {@code max} down to {@code min} at which the text fits on one line of the text width. */
	static float fit(String text, boolean bold, float max, float min) {
		float width = FONTS.width(text == null ? "" : text, bold);
		for (float size = max; size > min; size -= 1) {
			if (width * size <= TEXT_WIDTH) {
				return size;
			}
		}
		return min;
	}

	/** A citation's size: the largest whose lines (by measured width) fit the citation's height. */
	static float citationSize(String text) {
		if (text == null || text.isBlank()) {
			return CITATION_MAX;
		}
		float width = FONTS.width(text, false) * 1.08f; // italic runs a little wider; lines break at words
		for (float size = CITATION_MAX; size > CITATION_MIN; size -= 0.5f) {
			double lines = Math.ceil(width * size / TEXT_WIDTH);
			if (lines * size * 1.3 <= CITATION_HEIGHT) {
				return size;
			}
		}
		return CITATION_MIN;
	}

	private static InputStream font(String style) {
		return CertificateWriter.class.getResourceAsStream("/fonts/LiberationSerif-" + style + ".ttf");
	}

	private static String esc(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The embedded fonts' widths, loaded once: width per point of size of a text. */
	static final class Fonts {

		private PDType0Font regular;

		private PDType0Font bold;

		synchronized float width(String text, boolean isBold) {
			try {
				if (regular == null) {
					PDDocument holder = new PDDocument();
					regular = PDType0Font.load(holder, font("Regular"), false);
					bold = PDType0Font.load(holder, font("Bold"), false);
				}
				return (isBold ? bold : regular).getStringWidth(text) / 1000f;
			}
			catch (IOException | IllegalArgumentException e) {
				// a character the font cannot measure: assume the widest letters
				return text.length() * 0.75f;
			}
		}
	}

	static final String CSS = """
			@page { size: 297mm 210mm; margin: 10mm; }
			body { font-family: 'Liberation Serif'; margin: 0; }
			.page { page-break-after: always; }
			.page.last { page-break-after: auto; }
			.frame { border: 3pt double #8a1c1c; min-height: 172mm; padding: 8mm 18mm 6mm 18mm; text-align: center; }
			.heading { font-size: 15pt; font-weight: bold; text-transform: uppercase; }
			.wording { font-size: 16pt; font-weight: bold; margin-top: 5mm; letter-spacing: 2pt; }
			.title { font-size: 34pt; font-weight: bold; color: #b01c1c; margin-top: 2mm; letter-spacing: 3pt; }
			.name { font-weight: bold; margin-top: 4mm; word-wrap: break-word; }
			.details { font-size: 15pt; margin-top: 2mm; }
			.citation { font-style: italic; margin-top: 4mm; word-wrap: break-word; line-height: 1.3; }
			table.foot { width: 100%; margin-top: 4mm; border-collapse: collapse; page-break-inside: avoid; }
			table.foot td { vertical-align: top; padding: 0; }
			td.decision { width: 45%; text-align: left; font-size: 12pt; padding-top: 14mm; }
			td.sign { width: 55%; text-align: center; font-size: 14pt; }
			.date { font-style: italic; }
			.role { font-weight: bold; }
			.signer { font-weight: bold; margin-top: 14mm; }
			""";
}

package org.steerdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents follow DESIGN.md "Documents": A4, margins, Times New Roman (Liberation Serif
 * embedded in the PDF), header texts, number and date formats, indent, page numbers from page 2,
 * the annex. Read back from the DOCX with POI and from the PDF with PDFBox.
 */
class DocumentsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	/** The application's bundles, as Spring Boot configures them. */
	static final DocumentWords WORDS = new DocumentWords(bundles());

	static org.springframework.context.MessageSource bundles() {
		var source = new org.springframework.context.support.ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static Layout.Words words(Layout layout, Locale locale) {
		return WORDS.of(layout, locale);
	}

	static OfficialDocument report(String number, Layout layout, Locale language) {
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(OfficialDocument.Block.heading(1, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022"));
		body.add(new OfficialDocument.Block(OfficialDocument.Kind.PARAGRAPH, 0, null,
				List.of(OfficialDocument.Run.plain("Đã đăng tải "), new OfficialDocument.Run("gần 30.000 tin, bài", true, false, "/media/items"),
						OfficialDocument.Run.plain(" trên các phương tiện thông tin đại chúng của tỉnh; thu hút 42 triệu lượt xem."))));
		for (int i = 0; i < 40; i++) {
			body.add(OfficialDocument.Block.paragraph("Đoạn " + (i + 1)
					+ ": các cơ quan, đơn vị đã tổ chức đón tiếp, làm việc với 39 đoàn, 138 lượt người nước ngoài đến từ 15 quốc gia và vùng lãnh thổ."));
		}
		body.add(new OfficialDocument.Block(OfficialDocument.Kind.LIST_ITEM, 0, "-", List.of(OfficialDocument.Run.plain("Tiếp tục đổi mới."))));
		OfficialDocument.Annex annex = new OfficialDocument.Annex("PHỤ LỤC", "Số liệu của báo cáo năm 2022",
				List.of("TT", "Mã số liệu", "Định nghĩa", "Năm 2022"),
				List.of(new OfficialDocument.AnnexRow(List.of("1", "media.items", "Tin, bài đã đăng", "29.812"),
						"http://localhost:8080/media/items?unit=LS")), 2);
		return new OfficialDocument(words(layout, language), "Tỉnh ủy Lạng Sơn", "Ban Chỉ đạo công tác thông tin đối ngoại", number, "Lạng Sơn",
				LocalDate.of(2023, 1, 5), "BÁO CÁO", "Kết quả công tác năm 2022", body,
				List.of("Thường trực Tỉnh ủy", "Lưu: VT"), "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hoàng Văn Nghiêm", annex);
	}

	static XWPFDocument docx(OfficialDocument doc, Layout layout) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(doc, layout)));
	}

	@Test
	void numbersAndDateLinesFollowEachStyleAndLanguage() {
		assertThat(words(Layout.STATE, VI).number(5, "BC", "BCĐ")).isEqualTo("Số: 05/BC-BCĐ");
		assertThat(words(Layout.STATE, VI).number(12, "BC", "BCĐ")).isEqualTo("Số: 12/BC-BCĐ");
		assertThat(words(Layout.PARTY, VI).number(12, "BC", "BCĐ")).isEqualTo("Số 12-BC/BCĐ");
		assertThat(words(Layout.PARTY, VI).motto()).isNull();
		assertThat(words(Layout.STATE, Locale.ENGLISH).number(5, "BC", "BCĐ")).isEqualTo("No.: 05/BC-BCĐ");
		assertThat(words(Layout.STATE, VI).blankNumber("BC", "BCĐ")).matches("Số: [\\s\\u00a0]+/BC-BCĐ");
		assertThat(words(Layout.STATE, VI).placeAndDate("Lạng Sơn", LocalDate.of(2023, 1, 5))).isEqualTo("Lạng Sơn, ngày 05 tháng 01 năm 2023");
		assertThat(words(Layout.STATE, Locale.ENGLISH).placeAndDate("Lang Son", LocalDate.of(2023, 1, 5))).isEqualTo("Lang Son, 05 January 2023");
	}

	@Test
	void docxStateLayoutPageFontsHeaderAndBody() throws IOException {
		XWPFDocument docx = docx(report(words(Layout.STATE, VI).number(5, "BC", "BCĐ"), Layout.STATE, VI), Layout.STATE);
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
		assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
		CTPageMar margins = section.getPgMar();
		assertThat(((BigInteger) margins.getLeft()).intValue()).isEqualTo(1701); // 30 mm
		assertThat(((BigInteger) margins.getTop()).intValue()).isEqualTo(1134); // 20 mm
		assertThat(((BigInteger) margins.getBottom()).intValue()).isEqualTo(1134);
		assertThat(((BigInteger) margins.getRight()).intValue()).isEqualTo(850); // 15 mm
		String header = docx.getTables().get(0).getText();
		assertThat(header).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-BCĐ",
				"BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI", "TỈNH ỦY LẠNG SƠN");
		var grid = docx.getTables().get(0).getCTTbl().getTblGrid().getGridColList();
		assertThat(grid).extracting(col -> ((BigInteger) col.getW()).intValue()).as("38% and 62% of the 9,355-twip text width")
			.containsExactly(3555, 5800);
		XWPFRun national = docx.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
		assertThat(national.isBold()).isTrue();
		assertThat(national.getFontSizeAsDouble()).isEqualTo(12.0);
		XWPFRun motto = docx.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0);
		assertThat(motto.getUnderline()).isNotEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
		assertThat(motto.getFontSizeAsDouble()).isEqualTo(13.0);
		XWPFParagraph date = docx.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(2);
		assertThat(date.getText()).isEqualTo("Lạng Sơn, ngày 05 tháng 01 năm 2023");
		assertThat(date.getRuns().get(0).isItalic()).isTrue();
		XWPFParagraph title = paragraph(docx, "BÁO CÁO");
		assertThat(title.getRuns().get(0).isBold()).isTrue();
		for (XWPFParagraph p : docx.getParagraphs()) {
			for (XWPFRun run : p.getRuns()) {
				assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
			}
		}
		XWPFParagraph body = paragraph(docx, "Đã đăng tải");
		assertThat(body.getIndentationFirstLine()).isEqualTo(720); // 1.27 cm
		assertThat(body.getSpacingAfter()).isEqualTo(120); // 6 pt
		assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
		assertThat(body.getRuns().get(1).isBold()).isTrue();
		assertThat(paragraph(docx, "I. KẾT QUẢ").getRuns().get(0).isBold()).isTrue();
		XWPFTable closing = docx.getTables().get(1);
		XWPFRun label = closing.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
		assertThat(label.text()).isEqualTo("Nơi nhận:");
		assertThat(label.isBold() && label.isItalic()).isTrue();
		assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
		assertThat(closing.getRow(0).getCell(0).getParagraphs().get(2).getRuns().get(0).text()).isEqualTo("- Lưu: VT.");
		assertThat(closing.getRow(0).getCell(0).getParagraphs().get(2).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
		assertThat(closing.getText()).contains("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hoàng Văn Nghiêm");
	}

	@Test
	void docxNumbersPagesFromTheSecondAndHasTheAnnex() throws IOException {
		XWPFDocument docx = docx(report(words(Layout.STATE, VI).number(5, "BC", "BCĐ"), Layout.STATE, VI), Layout.STATE);
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		assertThat(section.isSetTitlePg()).as("a different first page").isTrue();
		var policy = docx.getHeaderFooterPolicy();
		assertThat(policy.getFirstPageHeader().getText()).isBlank();
		assertThat(policy.getDefaultHeader()._getHdrFtr().xmlText()).contains("PAGE");
		XWPFTable annex = docx.getTables().get(2);
		assertThat(annex.getRow(0).getCell(1).getText()).isEqualTo("Mã số liệu");
		assertThat(annex.getRow(1).getCell(1).getText()).isEqualTo("media.items");
		assertThat(annex.getRow(1).getCell(2).getText()).contains("Tin, bài đã đăng", "http://localhost:8080/media/items?unit=LS");
		assertThat(annex.getRow(1).getCell(3).getText()).isEqualTo("29.812");
		assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).contains("PHỤ LỤC");
	}

	@Test
	void docxPartyStyleHasThePartyOnTheRight() throws IOException {
		XWPFDocument docx = docx(report(words(Layout.PARTY, VI).number(5, "BC", "BCĐ"), Layout.PARTY, VI), Layout.PARTY);
		String header = docx.getTables().get(0).getText();
		assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BC/BCĐ").doesNotContain("Độc lập");
		assertThat(paragraph(docx, "BÁO CÁO").getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
	}

	@Test
	void pdfIsA4WithEmbeddedVietnameseFontPageNumbersFromPageTwoAndMargins() throws IOException {
		byte[] bytes = new PdfWriter().write(report(words(Layout.STATE, VI).number(5, "BC", "BCĐ"), Layout.STATE, VI), Layout.STATE);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-BCĐ",
					"Lạng Sơn, ngày 05 tháng 01 năm 2023", "BÁO CÁO", "gần 30.000 tin, bài", "Nơi nhận:", "Hoàng Văn Nghiêm", "PHỤ LỤC",
					"media.items");
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.getName()).contains("LiberationSerif");
					assertThat(font.isEmbedded()).isTrue();
				}
			}
			assertThat(pageText(pdf, 1).strip()).doesNotStartWith("1");
			assertThat(pageText(pdf, 2).strip()).startsWith("2");
			Edges edges = edges(pdf, 1);
			assertThat(edges.left).as("left margin 30 mm = 85 pt").isBetween(84.5f, 87f);
			assertThat(edges.right).as("right margin 15 mm: text ends by 552.8 pt").isLessThanOrEqualTo(553.5f);
		}
	}

	@Test
	void pdfInEnglishAndPartyStyle() throws IOException {
		byte[] bytes = new PdfWriter().write(report(words(Layout.PARTY, Locale.ENGLISH).number(7, "BC", "BCĐ35"), Layout.PARTY, Locale.ENGLISH), Layout.PARTY);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("COMMUNIST PARTY OF VIET NAM", "No. 07-BC/BCĐ35", "Lạng Sơn, 05 January 2023", "Recipients:");
		}
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static final class Edges extends PDFTextStripper {

		float left = Float.MAX_VALUE;

		float right = 0;

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			for (TextPosition p : positions) {
				if (!p.getUnicode().isBlank()) {
					left = Math.min(left, p.getXDirAdj());
					right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
				}
			}
		}
	}

	private static Edges edges(PDDocument pdf, int page) throws IOException {
		Edges edges = new Edges();
		edges.setStartPage(page);
		edges.setEndPage(page);
		edges.getText(pdf);
		return edges;
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String start) {
		return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
	}
}

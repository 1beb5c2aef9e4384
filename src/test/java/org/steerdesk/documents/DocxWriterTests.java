package org.steerdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOCX follows DESIGN.md "Documents": page, margins, font, header texts, number and date formats. */
class DocxWriterTests {

	static OfficialDocument report(String number) {
		return new OfficialDocument("TỈNH ỦY LẠNG SƠN", "Ban Chỉ đạo công tác thông tin đối ngoại", number, "Lạng Sơn",
				LocalDate.of(2023, 1, 5), "BÁO CÁO", "Kết quả công tác năm 2022",
				List.of(OfficialDocument.Paragraph.heading("I. KẾT QUẢ"), OfficialDocument.Paragraph.text("Đăng tải gần 30.000 tin, bài.")),
				List.of("Thường trực Tỉnh ủy", "Lưu: VT"), "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hoàng Văn Nghiêm");
	}

	static XWPFDocument read(byte[] bytes) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	@Test
	void numbersFollowEachStyle() {
		assertThat(Layout.STATE.number(5, "BC", "BCĐ")).isEqualTo("Số: 05/BC-BCĐ");
		assertThat(Layout.PARTY.number(12, "BC", "BCĐ")).isEqualTo("Số 12-BC/BCĐ");
		assertThat(report("x").placeAndDate()).isEqualTo("Lạng Sơn, ngày 05 tháng 01 năm 2023");
	}

	@Test
	void stateLayoutPageAndFonts() throws IOException {
		XWPFDocument docx = read(new DocxWriter().write(report(Layout.STATE.number(5, "BC", "BCĐ")), Layout.STATE));
		CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
		assertThat(((java.math.BigInteger) docx.getDocument().getBody().getSectPr().getPgSz().getW()).intValue()).isEqualTo(11906);
		assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isEqualTo(1701);
		assertThat(((java.math.BigInteger) margins.getTop()).intValue()).isEqualTo(1134);
		assertThat(((java.math.BigInteger) margins.getRight()).intValue()).isEqualTo(850);
		String header = docx.getTables().get(0).getText();
		assertThat(header).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
			.contains("Số: 05/BC-BCĐ").contains("BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI");
		XWPFParagraph date = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Lạng Sơn, ngày")).findFirst().orElseThrow();
		assertThat(date.getRuns().get(0).isItalic()).isTrue();
		for (XWPFParagraph p : docx.getParagraphs()) {
			for (XWPFRun run : p.getRuns()) {
				assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
			}
		}
		XWPFParagraph body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Đăng tải")).findFirst().orElseThrow();
		assertThat(body.getIndentationFirstLine()).isEqualTo(720);
		assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
	}

	@Test
	void partyLayoutPutsThePartyOnTheRightWithItsNumber() throws IOException {
		XWPFDocument docx = read(new DocxWriter().write(report(Layout.PARTY.number(5, "BC", "BCĐ")), Layout.PARTY));
		String header = docx.getTables().get(0).getText();
		assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Số 05-BC/BCĐ").doesNotContain("Độc lập");
	}
}

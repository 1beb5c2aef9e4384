package org.steerdesk.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** An entry's file: PDF or DOCX only, its words counted, and a judge's copy without the properties that could name its author. */
@SteerdeskTest
class ContestFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Contests contests;

	World.Tree t;

	String code;

	String editor;

	String judge;

	@BeforeEach
	void contest() {
		t = world.tree();
		code = t.prefix() + "-CL";
		contests.create(new ContestDraft(code, "Cuộc thi chính luận", 2, 2022, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
				List.of(new ContestDraft.CriterionDraft("noidung", "Nội dung", BigDecimal.ONE, BigDecimal.TEN)), t.province().code(), null, null,
				null, null, null, null, null), World.system());
		judge = world.user("JUDGE", t.province().code());
		contests.addJudge(code, judge, World.system());
		editor = world.user("EDITOR", t.d1().code());
	}

	static byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("Giữ vững trận địa tư tưởng của Đảng trong thời kỳ mới");
			doc.getProperties().getCoreProperties().setCreator("Nguyễn Văn Tâm");
			doc.getProperties().getCoreProperties().setLastModifiedByUser("tam.nguyen");
			doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Ban Tuyên giáo Huyện ủy");
			XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
			comment.setAuthor("Nguyễn Văn Tâm");
			comment.setInitials("NVT");
			comment.createParagraph().createRun().setText("Sửa lại đoạn này");
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf() throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(50, 700);
				text.showText("Ban linh nguoi cam but");
				text.endText();
			}
			doc.getDocumentInformation().setAuthor("Le Thi Hoa");
			doc.getDocumentInformation().setCreator("Le Thi Hoa's Writer");
			PDMetadata xmp = new PDMetadata(doc);
			xmp.importXMPMetadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>Le Thi Hoa</dc:creator></x:xmpmeta>"
				.getBytes(StandardCharsets.UTF_8));
			doc.getDocumentCatalog().setMetadata(xmp);
			doc.save(out);
			return out.toByteArray();
		}
	}

	MvcResult enter(String entry, MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/contests/" + code + "/entries").file(file).with(user(editor)).with(csrf()).header("Accept-Language", "en")
			.param("entryCode", entry).param("title", "Bài " + entry).param("unitCode", t.d1().code()).param("authors", "Nguyễn Văn Tâm"))
			.andExpect(status().is3xxRedirection()).andReturn();
	}

	@Autowired
	ContestEntries entries;

	/** The code the judges know an entry by. */
	String blind(String entry) {
		return entries.byCode(contests.get(code), entry).orElseThrow().blindCode();
	}

	String judgePage(String entry) throws Exception {
		return mvc.perform(get("/contests/" + code + "/judging/" + blind(entry)).with(user(judge))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] judgeDownload(String entry, String page) throws Exception {
		Matcher link = Pattern.compile("/contests/" + Pattern.quote(code) + "/judging/" + blind(entry) + "/files/(\\d+)").matcher(page);
		assertThat(link.find()).isTrue();
		MvcResult result = mvc.perform(get(link.group()).with(user(judge))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains(blind(entry) + ".").doesNotContain("Tam");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		return result.getResponse().getContentAsByteArray();
	}

	@Test
	void aJudgesCopyOfADocxNamesNoAuthor() throws Exception {
		enter("E1", new MockMultipartFile("file", "NguyenVanTam-bai-du-thi.docx", "application/octet-stream", docx()));
		String page = judgePage("E1");
		assertThat(page).doesNotContain("NguyenVanTam").contains(blind("E1") + ".docx");
		// the words are counted from the text: "Giữ vững trận địa tư tưởng của Đảng trong thời kỳ mới" has 12 (comments are not the text)
		assertThat(page).contains(">12<");
		try (XWPFDocument copy = new XWPFDocument(new ByteArrayInputStream(judgeDownload("E1", page)))) {
			assertThat(copy.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
			assertThat(copy.getProperties().getCoreProperties().getLastModifiedByUser()).isNullOrEmpty();
			assertThat(copy.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany()).isNullOrEmpty();
			// the copy is built from the text and layout: it has no comments at all
			assertThat(copy.getComments() == null || copy.getComments().length == 0).isTrue();
			assertThat(copy.getParagraphs().get(0).getText()).isEqualTo("Giữ vững trận địa tư tưởng của Đảng trong thời kỳ mới");
		}
	}

	@Test
	void aJudgesCopyOfAPdfNamesNoAuthorAndOtherTypesAreRefused() throws Exception {
		enter("E2", new MockMultipartFile("file", "LeThiHoa.pdf", "application/pdf", pdf()));
		String page = judgePage("E2");
		try (PDDocument copy = Loader.loadPDF(judgeDownload("E2", page))) {
			assertThat(copy.getDocumentInformation().getAuthor()).isNull();
			assertThat(copy.getDocumentInformation().getCreator()).isNull();
			assertThat(copy.getDocumentCatalog().getMetadata()).isNull();
		}
		// a PNG is not an entry: refused with its reason, and nothing is registered
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		MvcResult refused = enter("E3", new MockMultipartFile("file", "anh.pdf", "application/pdf", png.toByteArray()));
		assertThat(refused.getFlashMap().get("entriesErrors")).asString().contains("is not a DOCX, PDF");
		mvc.perform(get("/api/v1/contests/" + code + "/entries/E3").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
		// another judge-less user never gets the judge's copy
		mvc.perform(get("/contests/" + code + "/judging/E2").with(user(editor))).andExpect(status().isForbidden());
		mvc.perform(post("/contests/" + code + "/judging/E2/conflict").with(user(editor)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
	}

	static byte[] docxOf(String text) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void entriesWhoseTextsAreNearlyTheSameAreFlaggedForTheSecretariat() throws Exception {
		String essay = ("Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ của cả hệ thống chính trị, của mỗi cán bộ, đảng viên; "
				+ "đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng cần chủ động, kiên quyết, kịp thời và có sức thuyết phục. ").repeat(4);
		enter("E1", new MockMultipartFile("file", "a.docx", "application/octet-stream", docxOf(essay)));
		enter("E2", new MockMultipartFile("file", "b.docx", "application/octet-stream", docxOf(essay.replaceFirst("kịp thời", "nhanh chóng"))));
		enter("E3", new MockMultipartFile("file", "c.docx", "application/octet-stream",
				docxOf("Quảng bá hình ảnh Lạng Sơn tới bạn bè quốc tế qua lễ hội Kỳ Lừa, chợ đêm, các di tích và những món ăn đặc sắc của xứ Lạng.")));
		String secretariat = world.user("SECRETARIAT", t.province().code());
		String page = mvc.perform(get("/contests/" + code).with(user(secretariat)).header("Accept-Language", "en")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"similar-entries\"").contains("Entries E1 and E2").doesNotContain("E3:").doesNotContain("and E3");
	}
}

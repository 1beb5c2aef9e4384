package org.steerdesk.gatherings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** An event's documents: typed by content, stored once, served as attachments to readers only, refused with reasons. */
@SteerdeskTest
class GatheringFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	DataSource dataSource;

	World.Tree t;

	String base;

	String secretariat;

	@BeforeEach
	void event() {
		t = world.tree();
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-TK,CONFERENCE,Hội nghị,2022-12-12,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		base = "/gatherings/" + t.prefix() + "-TK";
		secretariat = world.user("SECRETARIAT", t.d1().code());
	}

	static byte[] pdf() {
		return org.steerdesk.support.SampleFiles.pdf();
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	MvcResult upload(String username, MockMultipartFile... files) throws Exception {
		var request = multipart(base + "/files");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request.with(user(username)).with(csrf()).header("Accept-Language", "en")).andExpect(status().is3xxRedirection())
			.andReturn();
	}

	long stored() {
		return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM file_links WHERE owner_key = ?").param(t.prefix() + "-TK")
			.query(Long.class).single();
	}

	@Test
	void documentsAreTypedByContentStoredOnceAndServedAsAttachments() throws Exception {
		byte[] report = pdf();
		byte[] program = docx("Chương trình hội nghị");
		upload(secretariat, new MockMultipartFile("files", "Báo cáo.pdf", "application/octet-stream", report),
				new MockMultipartFile("files", "chuong-trinh", "text/plain", program),
				new MockMultipartFile("files", "anh.png", "application/pdf", png()));
		assertThat(stored()).isEqualTo(3);
		String page = mvc.perform(get(base).with(user(secretariat)).header("Accept-Language", "vi")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Báo cáo.pdf").contains(">PDF<").contains(">DOCX<").contains(">PNG<");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile(base + "/files/(\\d+)\">Báo cáo.pdf").matcher(page);
		assertThat(link.find()).isTrue();
		MvcResult download = mvc.perform(get(base + "/files/" + link.group(1)).with(user(secretariat))).andExpect(status().isOk()).andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(report);
		// the same content again is stored once
		upload(secretariat, new MockMultipartFile("files", "ban-sao.pdf", "application/pdf", report));
		assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM file_contents c WHERE EXISTS (SELECT 1 FROM file_links l"
				+ " WHERE l.sha256 = c.sha256 AND l.owner_key = ?)").param(t.prefix() + "-TK").query(Long.class).single()).isEqualTo(3);
		// a reader outside the unit's scope never gets it
		String outsider = world.user("VIEWER", t.d2().code());
		mvc.perform(get(base + "/files/" + link.group(1)).with(user(outsider))).andExpect(status().isForbidden());
		// removing one is on the record's history
		mvc.perform(post(base + "/files/" + link.group(1) + "/remove").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(stored()).isEqualTo(3);
		assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM audit_log WHERE record_key = ? AND before_state LIKE ?")
			.params(t.prefix() + "-TK", "%Báo cáo.pdf%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badFilesAreRefusedWithTheirReasonAndNothingIsKept() throws Exception {
		MvcResult refused = upload(secretariat, new MockMultipartFile("files", "virus.pdf", "application/pdf",
				"MZ this is not a pdf at all".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("files", "empty.pdf", "application/pdf", new byte[0]),
				new MockMultipartFile("files", "../../etc/passwd.pdf", "application/pdf", pdf()),
				new MockMultipartFile("files", "good.pdf", "application/pdf", pdf()));
		assertThat(refused.getFlashMap().get("filesErrors")).asString().contains("virus.pdf\" is not a PDF").contains("empty.pdf\" is empty")
			.contains("Not a usable file name");
		assertThat(stored()).isZero();
		MvcResult tooLarge = upload(secretariat, new MockMultipartFile("files", "big.pdf", "application/pdf", new byte[21 * 1024 * 1024]));
		assertThat(tooLarge.getFlashMap().get("filesErrors")).asString().contains("too large (at most 20 MB)");
		MvcResult none = upload(secretariat);
		assertThat(none.getFlashMap().get("filesErrors")).asString().contains("No file chosen");
		// an editor of another district may not add any
		String outsider = world.user("EDITOR", t.d2().code());
		mvc.perform(multipart(base + "/files").file(new MockMultipartFile("files", "x.pdf", "application/pdf", pdf())).with(user(outsider))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(stored()).isZero();
	}

	@Test
	void aCourseCarriesItsMaterials() throws Exception {
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code\n%s-L,Lớp,EXPERTS,2022-05-01,2022-05-02,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		String course = "/training/" + t.prefix() + "-L";
		byte[] slides = docx("Bài giảng");
		mvc.perform(multipart(course + "/files").file(new MockMultipartFile("files", "Bài giảng.docx", "application/octet-stream", slides))
			.with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(course).with(user(secretariat)).header("Accept-Language", "vi")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile(course + "/files/(\\d+)\">Bài giảng.docx").matcher(page);
		assertThat(link.find()).isTrue();
		MvcResult download = mvc.perform(get(course + "/files/" + link.group(1)).with(user(secretariat))).andExpect(status().isOk()).andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(slides);
		assertThat(download.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		mvc.perform(get(course + "/files/" + link.group(1)).with(user(world.user("VIEWER", t.d2().code())))).andExpect(status().isForbidden());
	}
}

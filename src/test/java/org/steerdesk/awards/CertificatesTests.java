package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Certificates: a landscape page per recipient not revoked, long names and citations whole and on their page, templates adjusted. */
@SteerdeskTest
class CertificatesTests {

	/** As long as a recipient's name may be (300 characters). */
	static final String LONGEST = ("Tổ cộng tác viên thông tin đối ngoại và bảo vệ nền tảng tư tưởng của Đảng thuộc Ban Tuyên giáo Huyện ủy "
			+ "Tràng Định, tỉnh Lạng Sơn, nhiệm kỳ 2020–2025, gồm các đồng chí báo cáo viên, tuyên truyền viên cơ sở và cộng tác viên "
			+ "trên không gian mạng của các xã, thị trấn thuộc huyện Tràng Định và các huyện giáp biên giới").substring(0, 300);

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Revocations revocations;

	@Autowired
	DataSource dataSource;

	World.Tree t;

	String secretariat;

	long decision;

	@BeforeEach
	void decision() {
		t = world.tree();
		String p = t.prefix();
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,%s,QĐ-UBND\n".formatted(p, t.province().code()));
		String citation = "Đã có thành tích xuất sắc trong công tác thông tin đối ngoại, góp phần quảng bá hình ảnh tỉnh; ".repeat(22)
			.substring(0, 2000);
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation
				15/%1$s,2022-12-05,%1$s-CT,BANG_KHEN,COLLECTIVE,"%2$s",%3$s,,"%4$s"
				15/%1$s,2022-12-05,%1$s-CT,BANG_KHEN,INDIVIDUAL,Hoàng Thị Thu Hương,%3$s,Phó Trưởng ban,Đã có thành tích xuất sắc
				15/%1$s,2022-12-05,%1$s-CT,BANG_KHEN,INDIVIDUAL,Lê Văn Thu Hồi,%3$s,Chuyên viên,
				""".formatted(p, LONGEST, t.d1().code(), citation));
		decision = JdbcClient.create(dataSource).sql("SELECT id FROM award_decisions WHERE decision_number = ?").param("15/" + p)
			.query(Long.class).single();
		long revoked = JdbcClient.create(dataSource).sql("SELECT id FROM award_recipients WHERE decision_id = ? AND recipient_name = ?")
			.params(decision, "Lê Văn Thu Hồi").query(Long.class).single();
		revocations.revoke(revoked, "Thành tích không đúng thực tế", LocalDate.of(2022, 12, 20), World.system());
		secretariat = world.user("SECRETARIAT", t.province().code());
	}

	@Test
	void aDecisionsCertificatesAreRenderedOnceAndKeptUntilWhatTheyPrintChanges() throws Exception {
		String url = "/awards/decisions/" + decision + "/certificates.pdf";
		byte[] first = mvc.perform(get(url).with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		java.time.OffsetDateTime rendered = jdbc.sql("SELECT rendered_at FROM award_certificate_pdfs WHERE decision_id = ?").param(decision)
			.query(java.time.OffsetDateTime.class).single();
		// read back as kept: byte for byte, not rendered again
		assertThat(mvc.perform(get(url).with(user(secretariat))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(first);
		assertThat(jdbc.sql("SELECT rendered_at FROM award_certificate_pdfs WHERE decision_id = ?").param(decision)
			.query(java.time.OffsetDateTime.class).single()).isEqualTo(rendered);
		// a revocation changes what they print: rendered anew, one page fewer
		long hương = jdbc.sql("SELECT id FROM award_recipients WHERE decision_id = ? AND recipient_name = ?")
			.params(decision, "Hoàng Thị Thu Hương").query(Long.class).single();
		revocations.revoke(hương, "Trùng khen thưởng", LocalDate.of(2022, 12, 21), World.system());
		byte[] after = mvc.perform(get(url).with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(after)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void everyRecipientNotRevokedHasALandscapePageWithTheirWholeNameAndCitation() throws Exception {
		byte[] pdf = mvc.perform(get("/awards/decisions/" + decision + "/certificates.pdf").with(user(secretariat))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// two recipients not revoked: two pages, however long the name and the citation
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
			for (PDPage page : doc.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
				for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.getName()).contains("LiberationSerif");
					assertThat(font.isEmbedded()).isTrue();
				}
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String first = stripper.getText(doc).replaceAll("\\s+", " ");
			assertThat(first).contains("BẰNG KHEN").contains("TẶNG").contains(LONGEST.replaceAll("\\s+", " "))
				.contains("Quyết định số 15/" + t.prefix() + " ngày 05/12/2022").contains("ngày 05 tháng 12 năm 2022");
			assertThat(first.replace(" ", "")).contains("Đã có thành tích xuất sắc trong công tác thông tin đối ngoại".replace(" ", ""));
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(doc)).contains("Hoàng Thị Thu Hương").contains("Phó Trưởng ban").doesNotContain("Thu Hồi");
		}
		// one recipient alone
		long one = JdbcClient.create(dataSource).sql("SELECT id FROM award_recipients WHERE decision_id = ? AND recipient_name = ?")
			.params(decision, "Hoàng Thị Thu Hương").query(Long.class).single();
		byte[] single = mvc.perform(get("/awards/decisions/" + decision + "/recipients/" + one + "/certificate.pdf").with(user(secretariat)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(single)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void theSecretariatAdjustsTheTemplateOfAnAuthoritysForm() throws Exception {
		mvc.perform(post("/awards/authorities/" + t.prefix() + "-CT/certificates").with(user(secretariat)).with(csrf()).param("form", "BANG_KHEN")
			.param("heading", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn").param("wording", "TẶNG").param("title", "BẰNG KHEN")
			.param("signerPrefix", "KT. CHỦ TỊCH").param("signerTitle", "PHÓ CHỦ TỊCH").param("signerName", "Dương Xuân Huyên"))
			.andExpect(status().is3xxRedirection());
		byte[] pdf = mvc.perform(get("/awards/decisions/" + decision + "/certificates.pdf").with(user(secretariat))).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("KT. CHỦ TỊCH").contains("PHÓ CHỦ TỊCH").contains("Dương Xuân Huyên")
				.containsIgnoringCase("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn");
		}
		// an empty title is refused with its reason; another district's secretariat may not change it
		var refused = mvc.perform(post("/awards/authorities/" + t.prefix() + "-CT/certificates").with(user(secretariat)).with(csrf())
			.header("Accept-Language", "en").param("form", "BANG_KHEN").param("heading", "X").param("wording", "TẶNG").param("title", " ")
			.param("signerTitle", "CHỦ TỊCH")).andReturn();
		assertThat(refused.getFlashMap().get("templateErrors")).asString().contains("Required");
		mvc.perform(get("/awards/authorities/" + t.prefix() + "-CT/certificates").with(user(world.user("SECRETARIAT", t.d2().code()))))
			.andExpect(status().isForbidden());
	}
}

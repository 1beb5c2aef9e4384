package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Commendation pages: a decision prepared by name, its recipients, refusals next to their field, the lists and exports. */
@SteerdeskTest
class AwardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Figures figures;

	World.Tree t;

	String secretariat;

	@BeforeEach
	void authority() {
		t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,name_en,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,Chairman,%s,QĐ-UBND\n"
			.formatted(t.prefix(), t.province().code()));
		secretariat = world.user("SECRETARIAT", t.province().code());
	}

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(user(user)).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aDecisionIsRecordedWithItsRecipientsByNameAndListed() throws Exception {
		world.person(t.prefix() + "-AN", "Nguyễn Văn An " + t.prefix(), t.c1().code());
		MvcResult created = mvc.perform(post("/awards/decisions/new").with(user(secretariat)).with(csrf()).param("authorityCode", t.prefix() + "-CT")
			.param("form", "BANG_KHEN").param("campaign", "Công tác thông tin đối ngoại năm 2022").param("decisionNumber", "2150/QĐ-UBND")
			.param("decisionDate", "05/12/2022")).andExpect(status().is3xxRedirection()).andReturn();
		String decision = created.getResponse().getRedirectedUrl();
		// a collective that is a unit, by its name; an official by name (position and unit from the official); a group named with its unit
		mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).param("type", "COLLECTIVE").param("unit", "huyen mot " + t.prefix())
			.param("citation", "Đã có thành tích xuất sắc")).andExpect(status().is3xxRedirection());
		mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).param("type", "INDIVIDUAL")
			.param("official", "nguyen van an " + t.prefix())).andExpect(status().is3xxRedirection());
		mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).param("type", "COLLECTIVE")
			.param("name", "Tổ cộng tác viên xã Đồng Tâm").param("unit", t.c1().code())).andExpect(status().is3xxRedirection());
		// refusals: a collective with a position, the same individual twice
		MvcResult refused = mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("type", "COLLECTIVE").param("name", "Phòng Văn hóa").param("position", "Trưởng phòng").param("unit", t.d1().code()))
			.andReturn();
		assertThat(refused.getFlashMap().get("recipientErrors")).asString().contains("A collective has no position");
		MvcResult twice = mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("type", "INDIVIDUAL").param("official", t.prefix() + "-AN")).andReturn();
		assertThat(twice.getFlashMap().get("recipientErrors")).asString().contains("already commended by this decision");
		MvcResult wrongType = mvc.perform(post(decision + "/recipients").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("type", "COLLECTIVE").param("official", t.prefix() + "-AN")).andReturn();
		assertThat(wrongType.getFlashMap().get("recipientErrors")).asString().contains("An official is an individual");
		String page = page(decision, secretariat);
		assertThat(page).contains("2150/QĐ-UBND").contains("05/12/2022").contains("Bằng khen").contains("Huyện Một " + t.prefix())
			.contains("Nguyễn Văn An " + t.prefix()).contains("Tổ cộng tác viên xã Đồng Tâm").doesNotContain("Phòng Văn hóa");
		// the recipients' list of the district adds up to the figure, and reads back as the import format
		ComputedFigure collectives = figures.compute(t.d1().code(), new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
				World.system(), Locale.ENGLISH).figures().stream().filter(f -> f.key().equals("awards.collectives")).findFirst().orElseThrow();
		assertThat(collectives.value()).isEqualTo(2);
		String list = page(collectives.drillDown().replace("&amp;", "&"), secretariat);
		assertThat(list).contains("id=\"recipients-total\">2<").contains("Tổ cộng tác viên xã Đồng Tâm").doesNotContain("Nguyễn Văn An");
		assertThat(mvc.perform(get("/awards/recipients").param("q", "to cong tac vien").param("unit", t.province().code()).with(user(secretariat)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"recipients-total\">1<");
		String csv = mvc.perform(get("/awards/recipients/export.csv").param("unit", t.d1().code()).with(user(secretariat)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation,campaign")
			.contains("2150/QĐ-UBND,2022-12-05," + t.prefix() + "-CT,BANG_KHEN,INDIVIDUAL,Nguyễn Văn An " + t.prefix() + "," + t.c1().code());
		// revoking one from the page: it says so, and it no longer counts
		Matcher row = Pattern.compile("/recipients/(\\d+)/revoke").matcher(page);
		assertThat(row.find()).isTrue();
		MvcResult noReason = mvc.perform(post(decision + "/recipients/" + row.group(1) + "/revoke").with(user(secretariat)).with(csrf())
			.header("Accept-Language", "en").param("revokedOn", "10/12/2022")).andReturn();
		assertThat(noReason.getFlashMap().get("revokeErrors")).asString().contains("Required");
		mvc.perform(post(decision + "/recipients/" + row.group(1) + "/revoke").with(user(secretariat)).with(csrf())
			.param("reason", "Thành tích không đúng thực tế").param("revokedOn", "10/12/2022")).andExpect(status().is3xxRedirection());
		String revokedPage = page(decision, secretariat);
		assertThat(revokedPage).contains("Đã thu hồi ngày 10/12/2022: Thành tích không đúng thực tế");
		// the revocation is on the decision's history
		assertThat(revokedPage.substring(revokedPage.indexOf("id=\"history-table\""))).contains("Thành tích không đúng thực tế");
		// the official's page lists the commendation they received
		assertThat(page("/org/people/" + t.prefix() + "-AN", secretariat)).contains("Khen thưởng đã nhận").contains("2150/QĐ-UBND");
		// and the unit's page the commendation it received as a collective
		assertThat(page("/org/units/" + t.d1().code(), secretariat)).contains("Khen thưởng của đơn vị").contains("Bằng khen 2150/QĐ-UBND");
	}

	@Test
	void theDecisionFormShowsEachRefusalNextToItsField() throws Exception {
		String form = mvc.perform(post("/awards/decisions/new").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("authorityCode", "NOPE").param("decisionNumber", "1/QĐ").param("decisionDate", "01/01/2099"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("id=\"authorityCode-error\"").contains("No awarding authority").contains("id=\"form-error\"")
			.contains("id=\"decisionDate-error\"").contains("cannot be dated after today");
		// a draft: no number, and a secretariat of another district may not open it
		String draft = mvc.perform(post("/awards/decisions/new").with(user(secretariat)).with(csrf()).param("authorityCode", t.prefix() + "-CT")
			.param("form", "GIAY_KHEN").param("campaign", "Cuộc thi chính luận lần thứ 2")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(page(draft, secretariat)).contains("Dự thảo quyết định").doesNotContain("Quyết định Dự thảo").contains("Cuộc thi chính luận lần thứ 2");
		assertThat(page("/awards", secretariat)).contains("id=\"drafts-list\"").contains("Cuộc thi chính luận lần thứ 2");
		mvc.perform(get(draft).with(user(world.user("SECRETARIAT", t.d2().code())))).andExpect(status().isForbidden());
		// the draft's particulars change until it is issued; an empty form is refused next to its field
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page(draft + "/edit", secretariat))).contains("value=\"Cuộc thi chính luận lần thứ 2\"");
		String refused = mvc.perform(post(draft + "/edit").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("authorityCode", t.prefix() + "-CT")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"form-error\"");
		mvc.perform(post(draft + "/edit").with(user(secretariat)).with(csrf()).param("authorityCode", t.prefix() + "-CT").param("form", "BANG_KHEN")
			.param("campaign", "Cuộc thi chính luận lần thứ 2, năm 2022").param("signer", "Hồ Tiến Thiệu")).andExpect(status().is3xxRedirection());
		assertThat(page(draft, secretariat)).contains("Cuộc thi chính luận lần thứ 2, năm 2022").contains("Hồ Tiến Thiệu").contains("Bằng khen");
	}

	String draft(String authority, String campaign) throws Exception {
		String url = mvc.perform(post("/awards/decisions/new").with(user(secretariat)).with(csrf()).param("authorityCode", authority)
			.param("form", "BANG_KHEN").param("campaign", campaign)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(post(url + "/recipients").with(user(secretariat)).with(csrf()).param("type", "COLLECTIVE").param("unit", t.d1().code())
			.param("citation", "Đã có thành tích xuất sắc trong công tác thông tin đối ngoại")).andExpect(status().is3xxRedirection());
		mvc.perform(post(url + "/recipients").with(user(secretariat)).with(csrf()).param("type", "INDIVIDUAL").param("name", "Trần Thị Bình")
			.param("position", "Chuyên viên").param("unit", t.d2().code())).andExpect(status().is3xxRedirection());
		return url;
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void aDraftIsIssuedWithTheAuthoritysNextNumberAndItsDocumentsAreFrozen() throws Exception {
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-BCD,Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,%s,QĐ-BCĐ\n"
			.formatted(t.prefix(), t.province().code()));
		String first = draft(t.prefix() + "-CT", "công tác thông tin đối ngoại năm 2022");
		byte[] preview = mvc.perform(get(first + "/document.pdf").with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(pdfText(preview)).contains("(Dự thảo)").contains("QUYẾT ĐỊNH").contains("Căn cứ Luật Thi đua, khen thưởng")
			.contains("Tặng Bằng khen của Chủ tịch UBND tỉnh cho 1 tập thể và 1 cá nhân").contains("Trần Thị Bình");
		// not confirmed: refused, nothing numbered
		MvcResult unconfirmed = mvc.perform(post(first + "/issue").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("date", "05/12/2022").param("title", "CHỦ TỊCH").param("name", "Hồ Tiến Thiệu")).andReturn();
		assertThat(unconfirmed.getFlashMap().get("issueErrors")).asString().contains("Confirm");
		assertThat(page(first, secretariat)).contains("Dự thảo");
		mvc.perform(post(first + "/issue").with(user(secretariat)).with(csrf()).param("date", "05/12/2022").param("title", "CHỦ TỊCH")
			.param("name", "Hồ Tiến Thiệu").param("confirm", "true")).andExpect(status().is3xxRedirection());
		String second = draft(t.prefix() + "-CT", "cuộc thi chính luận lần thứ 2");
		mvc.perform(post(second + "/issue").with(user(secretariat)).with(csrf()).param("date", "06/12/2022").param("title", "CHỦ TỊCH")
			.param("name", "Hồ Tiến Thiệu").param("confirm", "true")).andExpect(status().is3xxRedirection());
		String other = draft(t.prefix() + "-BCD", "công tác thông tin đối ngoại năm 2022");
		mvc.perform(post(other + "/issue").with(user(secretariat)).with(csrf()).param("date", "12/12/2022").param("prefix", "TM. BAN CHỈ ĐẠO")
			.param("title", "TRƯỞNG BAN").param("name", "Hoàng Văn Nghiêm").param("confirm", "true")).andExpect(status().is3xxRedirection());
		// each authority numbers its own decisions of the year
		assertThat(page(first, secretariat)).contains("01/QĐ-UBND").contains("Đã ban hành");
		assertThat(page(second, secretariat)).contains("02/QĐ-UBND");
		assertThat(page(other, secretariat)).contains("01/QĐ-BCĐ");
		byte[] issued = mvc.perform(get(first + "/document.pdf").with(user(secretariat))).andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(issued)).contains("Số: 01/QĐ-UBND").contains("ngày 05 tháng 12 năm 2022").contains("CHỦ TỊCH").contains("Hồ Tiến Thiệu")
			.doesNotContain("Dự thảo").contains("Kèm theo Quyết định số 01/QĐ-UBND ngày 05/12/2022");
		// frozen: the same bytes later, even after the authority is renamed; no recipient added
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch Ủy ban nhân dân tỉnh,%s,QĐ-UBND\n"
			.formatted(t.prefix(), t.province().code()));
		assertThat(mvc.perform(get(first + "/document.pdf").with(user(secretariat))).andReturn().getResponse().getContentAsByteArray())
			.isEqualTo(issued);
		MvcResult frozen = mvc.perform(post(first + "/recipients").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("type", "COLLECTIVE").param("unit", t.c1().code())).andReturn();
		assertThat(frozen.getFlashMap().get("recipientErrors")).asString().contains("cannot change");
		byte[] docx = mvc.perform(get(first + "/document.docx").with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("QUYẾT ĐỊNH").contains("01/QĐ-UBND").contains("Trần Thị Bình");
		}
	}
}

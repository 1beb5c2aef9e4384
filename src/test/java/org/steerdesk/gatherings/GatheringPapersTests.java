package org.steerdesk.gatherings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** A conference's printed programme and attendance list: its agenda and its people as they were, in the reader's language, to readers only. */
@SteerdeskTest
class GatheringPapersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	World.Tree t;

	String base;

	String secretariat;

	@BeforeEach
	void conference() throws Exception {
		t = world.tree();
		world.person(t.prefix() + "-CHAIR", "Hoàng Văn Nghiêm " + t.prefix(), t.d1().code());
		world.person(t.prefix() + "-DB", "Lương Thị Hạnh " + t.prefix(), t.d1().code());
		world.importCsv("gatherings", "code,type,title,start,end,place,organiser_unit_code\n%s-TK,CONFERENCE,Hội nghị tổng kết năm 2022,2022-12-12T08:00,2022-12-12T11:30,Hội trường Tỉnh ủy,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		secretariat = world.user("SECRETARIAT", t.d1().code());
		base = "/gatherings/" + t.prefix() + "-TK";
		mvc.perform(post(base + "/people").with(user(secretariat)).with(csrf()).param("person", t.prefix() + "-CHAIR").param("role", "CHAIR"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/people").with(user(secretariat)).with(csrf()).param("person", t.prefix() + "-DB").param("role", "ATTENDEE"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/agenda").with(user(secretariat)).with(csrf()).param("time", "08:30").param("title", "Báo cáo tổng kết công tác năm 2022")
			.param("presenter", "Ban Thư ký")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/agenda").with(user(secretariat)).with(csrf()).param("time", "08:00").param("title", "Khai mạc hội nghị")
			.param("presenter", "Chủ trì")).andExpect(status().is3xxRedirection());
	}

	String text(String url, String user, String language) throws Exception {
		MvcResult result = mvc.perform(get(url).with(user(user)).header("Accept-Language", language)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	@Test
	void chairsComeFirstOnThePageAndInThePrintedList() throws Exception {
		// an attendee added before the chair (as a clerk would, from the sign-in sheet) still follows the chair
		world.person(t.prefix() + "-A0", "An Văn Đến Sớm " + t.prefix(), t.d1().code());
		world.person(t.prefix() + "-C2", "Phùng Quang Hội " + t.prefix(), t.d1().code());
		mvc.perform(post(base + "/people").with(user(secretariat)).with(csrf()).param("person", t.prefix() + "-A0").param("role", "ATTENDEE"));
		mvc.perform(post(base + "/people").with(user(secretariat)).with(csrf()).param("person", t.prefix() + "-C2").param("role", "CHAIR"));
		String list = text(base + "/attendance.pdf", secretariat, "vi");
		assertThat(list.indexOf("Phùng Quang Hội")).isPositive().isLessThan(list.indexOf("An Văn Đến Sớm")).isLessThan(list.indexOf("Lương Thị Hạnh"));
		assertThat(list.indexOf("Hoàng Văn Nghiêm")).isPositive().isLessThan(list.indexOf("Lương Thị Hạnh"));
		String page = mvc.perform(get(base).with(user(secretariat))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.indexOf("Hoàng Văn Nghiêm")).isLessThan(page.indexOf("An Văn Đến Sớm"));
	}

	@Test
	void theProgrammeListsTheAgendaInTimeOrder() throws Exception {
		String programme = text(base + "/programme.pdf", secretariat, "vi");
		assertThat(programme).contains("CHƯƠNG TRÌNH").contains("Hội nghị tổng kết năm 2022").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Thời gian: 08:00, 12/12/2022 – 11:30, 12/12/2022").contains("Địa điểm: Hội trường Tỉnh ủy")
			.contains("Khai mạc hội nghị").contains("Báo cáo tổng kết công tác năm 2022").contains("Ban Thư ký")
			.contains(t.d1().nameVi().toUpperCase(java.util.Locale.forLanguageTag("vi")));
		assertThat(programme.indexOf("Khai mạc")).isLessThan(programme.indexOf("Báo cáo tổng kết công tác"));
		assertThat(text(base + "/programme.pdf", secretariat, "en")).contains("PROGRAMME").contains("Time: 08:00, 12 December 2022");
	}

	@Test
	void theAttendanceListShowsEachPersonAsTheyWereWithAPlaceToSign() throws Exception {
		// a later change of name never rewrites the past event's list
		world.person(t.prefix() + "-CHAIR", "Hoàng Văn Nghiêm Mới " + t.prefix(), t.d1().code());
		String list = text(base + "/attendance.pdf", secretariat, "vi");
		assertThat(list).contains("DANH SÁCH THÀNH PHẦN THAM DỰ").contains("Hoàng Văn Nghiêm " + t.prefix()).doesNotContain("Nghiêm Mới")
			.contains("Lương Thị Hạnh " + t.prefix()).contains("Chủ trì").contains("Đại biểu dự").contains("Có mặt").contains("Ký tên");
		// the event's page links both papers
		String page = mvc.perform(get(base).with(user(secretariat)).header("Accept-Language", "vi")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(base + "/attendance.pdf").contains(base + "/programme.pdf");
		// a reader outside the organiser's scope gets neither
		String outsider = world.user("VIEWER", t.d2().code());
		mvc.perform(get(base + "/attendance.pdf").with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/programme.pdf").with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(get("/gatherings/NOPE-" + t.prefix() + "/programme.pdf").with(user(secretariat))).andExpect(status().isNotFound());
	}
}

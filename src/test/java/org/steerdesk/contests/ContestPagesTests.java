package org.steerdesk.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** A contest through its pages: set up, entries, blind judging with drafts and a conflict, progress, confirmed results and their draft decision. */
@SteerdeskTest
class ContestPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	DataSource dataSource;

	@Autowired
	Figures figures;

	@Autowired
	ContestEntries entries;

	World.Tree t;

	String secretariat;

	String editor;

	String judgeA;

	String judgeB;

	String base;

	@BeforeEach
	void contest() throws Exception {
		t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,unit_code\n%s-BCD35,Ban Chỉ đạo 35 tỉnh,%s\n".formatted(t.prefix(), t.province().code()));
		secretariat = world.user("SECRETARIAT", t.province().code());
		editor = world.user("EDITOR", t.d1().code());
		judgeA = world.user("JUDGE", t.province().code());
		judgeB = world.user("JUDGE", t.province().code());
		String code = t.prefix() + "-CL";
		MvcResult created = mvc.perform(post("/contests/new").with(user(secretariat)).with(csrf()).param("code", code)
			.param("name", "Cuộc thi chính luận lần thứ 2").param("edition", "2").param("year", "2022").param("opensOn", "01/01/2000")
			.param("closesOn", "31/12/2099").param("unitCode", t.province().code()).param("criteria", "noidung; Nội dung; 0,6; 10\nhinhthuc; Hình thức; 0,4; 10")
			.param("prizes", "Giải Nhất; 1\nGiải Nhì; 1").param("authorityCode", t.prefix() + "-BCD35").param("awardForm", "BANG_KHEN"))
			.andExpect(status().is3xxRedirection()).andReturn();
		base = created.getResponse().getRedirectedUrl();
		assertThat(base).isEqualTo("/contests/" + code);
		for (String judge : new String[] { judgeA, judgeB }) {
			mvc.perform(post(base + "/judges").with(user(secretariat)).with(csrf()).param("username", judge)).andExpect(status().is3xxRedirection());
		}
	}

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(user(user)).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void enter(String code, String title, String authors) throws Exception {
		mvc.perform(post(base + "/entries").with(user(editor)).with(csrf()).param("entryCode", code).param("title", title)
			.param("unitCode", t.d1().code()).param("authors", authors)).andExpect(status().is3xxRedirection());
	}

	MvcResult score(String judge, String entry, String content, String form, String action) throws Exception {
		return mvc.perform(post(base + "/judging/" + entry).with(user(judge)).with(csrf()).header("Accept-Language", "en")
			.param("score_noidung", content).param("score_hinhthuc", form).param("action", action)).andReturn();
	}

	@Test
	void fromEntriesToConfirmedResultsAndTheirDraftDecision() throws Exception {
		enter("E1", "Giữ vững trận địa tư tưởng", "Nguyễn Văn Tâm");
		enter("E2", "Bản lĩnh người cầm bút", "Lê Thị Hoa\nTrần Văn Bình");
		enter("E3", "Niềm tin", "Hoàng Văn Lợi");
		// judges see entries blind: no author, no unit
		String mine = page(base + "/judging", judgeA);
		assertThat(mine).contains("Giữ vững trận địa tư tưởng").doesNotContain("Nguyễn Văn Tâm").doesNotContain(t.d1().nameVi());
		String entry = page(base + "/judging/E2", judgeA);
		assertThat(entry).contains("Bản lĩnh người cầm bút").doesNotContain("Lê Thị Hoa").doesNotContain("Trần Văn Bình")
			.doesNotContain(t.d1().nameVi());
		// a draft counts for nothing; a value beyond the maximum is refused with its reason
		score(judgeA, "E1", "9", "9", "draft");
		assertThat(page(base, secretariat)).contains("id=\"progress-table\"");
		assertThat(score(judgeA, "E1", "11", "9", "submit").getFlashMap().get("scoreErrors")).asString().contains("outside 0 to 10");
		score(judgeA, "E1", "9", "9", "submit");
		score(judgeB, "E1", "9", "8", "submit");
		score(judgeA, "E2", "10", "10", "submit");
		score(judgeB, "E2", "4", "4", "submit");
		// judge B declares a conflict with E3: it leaves their list and they cannot score it
		mvc.perform(post(base + "/judging/E3/conflict").with(user(judgeB)).with(csrf()).param("reason", "Tác giả là đồng nghiệp cùng phòng"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(base + "/judging", judgeB)).doesNotContain("Niềm tin");
		mvc.perform(get(base + "/judging/E3").with(user(judgeB))).andExpect(status().isForbidden());
		// the grid says who judges what: E3 is judge A's and not yet scored, and no longer judge B's
		String grid = page(base, secretariat);
		grid = grid.substring(grid.indexOf("id=\"scores-table\""));
		assertThat(grid.substring(grid.indexOf(">E3<"))).containsSubsequence("chưa chấm", "—");
		score(judgeA, "E3", "5", "5", "submit");
		// the secretariat sees every score and the wide disagreement on E2 (10 against 4 out of 10)
		String secretariatPage = page(base, secretariat);
		assertThat(secretariatPage.substring(secretariatPage.indexOf("id=\"scores-table\""))).contains("table-warning").contains("chênh lệch lớn");
		// E1 (mean 8.8) first, E2 (7) second, E3 (5) third
		byte[] draftNotice = mvc.perform(get(base + "/results.pdf").with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(draftNotice)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("THÔNG BÁO").contains("(Dự thảo)");
		}
		mvc.perform(post(base + "/confirm").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
		byte[] notice = mvc.perform(get(base + "/results.docx").with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(notice));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("Kết quả Cuộc thi chính luận lần thứ 2").doesNotContain("Dự thảo")
				.contains("E1 — Giữ vững trận địa tư tưởng").contains("Nguyễn Văn Tâm").contains("Giải Nhất").contains("Giải Nhì")
				// scores the Vietnamese way (issue 22): 8,8, never 8.8
				.contains("8,8").doesNotContain("8.8");
		}
		String results = page(base, secretariat);
		assertThat(results).contains("Đã xác nhận kết quả");
		assertThat(results.substring(results.indexOf("id=\"results-table\""))).containsSubsequence("E1", "Giải Nhất", "E2", "Giải Nhì", "E3");
		// scores are frozen
		assertThat(score(judgeA, "E3", "9", "9", "submit").getFlashMap().get("scoreErrors")).asString().contains("confirmed");
		// the commendations module drafts the decision for the winners: one author an individual, two authors their group
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long decision = 0;
		for (int i = 0; i < 100 && decision == 0; i++) {
			decision = jdbc.sql("SELECT COALESCE(MAX(d.id), 0) FROM award_decisions d JOIN award_authorities a ON a.id = d.authority_id WHERE a.code = ?")
				.param(t.prefix() + "-BCD35").query(Long.class).single();
			if (decision == 0) {
				Thread.sleep(100);
			}
		}
		assertThat(decision).isPositive();
		String draft = page("/awards/decisions/" + decision, secretariat);
		assertThat(draft).contains("Dự thảo").contains("Nguyễn Văn Tâm").contains("Nhóm tác giả bài &quot;Bản lĩnh người cầm bút&quot;")
			.contains("Đạt Giải Nhất Cuộc thi chính luận lần thứ 2").doesNotContain("Hoàng Văn Lợi");
		// the figure counts the entries by the entering unit
		long counted = figures.compute(t.d1().code(), new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)), World.system(),
				Locale.ENGLISH).figures().stream().filter(f -> f.key().equals("contests.entries")).findFirst().orElseThrow().value();
		assertThat(counted).isEqualTo(3);
		assertThat(page("/contests/entries?unit=" + t.d1().code(), secretariat)).contains("id=\"entries-total\">3<");
	}
}

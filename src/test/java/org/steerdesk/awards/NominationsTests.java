package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SampleFiles;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Nominations: a unit proposes, the secretariat returns with a reason or accepts, and accepted nominations become a draft decision. */
@SteerdeskTest
class NominationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	World.Tree t;

	String secretariat;

	String editorD1;

	String editorD2;

	static final String CAMPAIGN = "Công tác thông tin đối ngoại năm 2022";

	@BeforeEach
	void authority() {
		t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,%s,QĐ-UBND\n"
			.formatted(t.prefix(), t.province().code()));
		secretariat = world.user("SECRETARIAT", t.province().code());
		editorD1 = world.user("EDITOR", t.d1().code());
		editorD2 = world.user("EDITOR", t.d2().code());
	}

	String nominate(String editor, String unit) throws Exception {
		return mvc.perform(post("/awards/nominations/new").with(user(editor)).with(csrf()).param("campaign", CAMPAIGN)
			.param("authorityCode", t.prefix() + "-CT").param("form", "BANG_KHEN").param("unitCode", unit))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	MvcResult nominee(String editor, String nomination, String type, String name, String position, String unit) throws Exception {
		var request = post(nomination + "/nominees").with(user(editor)).with(csrf()).header("Accept-Language", "en").param("type", type)
			.param("name", name).param("unit", unit).param("achievements", "Nhiều tin, bài về hình ảnh của tỉnh");
		if (position != null) {
			request.param("position", position);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(user(user)).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aUnitsNominationIsReturnedResubmittedAcceptedAndBecomesADraftDecision() throws Exception {
		String first = nominate(editorD1, t.d1().code());
		nominee(editorD1, first, "COLLECTIVE", "Phòng Văn hóa và Thông tin huyện Một", null, t.d1().code());
		nominee(editorD1, first, "INDIVIDUAL", "Nguyễn Thị Lan", "Chuyên viên", t.c1().code());
		// the same person twice in one nomination is refused; someone of another district is out of the editor's scope
		assertThat(nominee(editorD1, first, "INDIVIDUAL", "nguyen thi lan", "Chuyên viên", t.c1().code()).getFlashMap().get("nomineesErrors"))
			.asString().contains("already in this nomination");
		assertThat(nominee(editorD1, first, "INDIVIDUAL", "Trần Văn Ba", null, t.d2().code()).getFlashMap().get("nomineesErrors")).asString()
			.contains(t.d2().code());
		mvc.perform(multipart(first + "/files").file(new MockMultipartFile("files", "thanh-tich.pdf", "application/pdf", SampleFiles.pdf()))
			.with(user(editorD1)).with(csrf())).andExpect(status().is3xxRedirection());
		// another district proposes the same person in the campaign: both are flagged
		String second = nominate(editorD2, t.d2().code());
		nominee(editorD2, second, "INDIVIDUAL", "Nguyễn Thị Lan", "Cộng tác viên", t.d2().code());
		assertThat(page(first, editorD1)).contains("nominee-twice").contains("thanh-tich.pdf");
		// submitted, then returned with a reason the unit sees; it may change it and submit again
		mvc.perform(post(first + "/submit").with(user(editorD1)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(nominee(editorD1, first, "INDIVIDUAL", "Lê Văn Tư", null, t.d1().code()).getFlashMap().get("nomineesErrors")).asString()
			.contains("submitted");
		mvc.perform(post(first + "/accept").with(user(editorD1)).with(csrf())).andExpect(status().isForbidden());
		var noReason = mvc.perform(post(first + "/return").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")).andReturn();
		assertThat(noReason.getFlashMap().get("decideErrors")).asString().contains("Required");
		mvc.perform(post(first + "/return").with(user(secretariat)).with(csrf()).param("reason", "Bổ sung thành tích của cá nhân"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(first, editorD1)).contains("Bị trả lại").contains("Bổ sung thành tích của cá nhân");
		nominee(editorD1, first, "INDIVIDUAL", "Lê Văn Tư", "Phóng viên", t.d1().code());
		mvc.perform(post(first + "/submit").with(user(editorD1)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(first + "/accept").with(user(secretariat)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/awards/nominations", secretariat)).contains("id=\"ready-list\"").contains(CAMPAIGN);
		// the accepted nominations of the campaign become the draft decision's recipients in one step
		String decision = mvc.perform(post("/awards/nominations/decide").with(user(secretariat)).with(csrf()).param("campaign", CAMPAIGN)
			.param("authorityCode", t.prefix() + "-CT").param("form", "BANG_KHEN")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(decision).startsWith("/awards/decisions/");
		String draft = page(decision, secretariat);
		assertThat(draft).contains("Dự thảo").contains("Phòng Văn hóa và Thông tin huyện Một").contains("Nguyễn Thị Lan").contains("Lê Văn Tư")
			.contains("Đã có thành tích xuất sắc trong " + CAMPAIGN);
		assertThat(page(first, editorD1)).contains("đã đưa vào quyết định");
		// nothing left to decide: a second step is refused with its reason
		var again = mvc.perform(post("/awards/nominations/decide").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("campaign", CAMPAIGN).param("authorityCode", t.prefix() + "-CT").param("form", "BANG_KHEN")).andReturn();
		assertThat(again.getFlashMap().get("decideErrors")).asString().contains("No accepted nomination");
		// issued, its certificates print
		mvc.perform(post(decision + "/issue").with(user(secretariat)).with(csrf()).param("date", "12/12/2022").param("title", "CHỦ TỊCH")
			.param("name", "Hồ Tiến Thiệu").param("confirm", "true")).andExpect(status().is3xxRedirection());
		byte[] certificates = mvc.perform(get(decision + "/certificates.pdf").with(user(secretariat))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(certificates)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
		}
		// the other district's editor never reads the first district's nomination
		mvc.perform(get(first).with(user(editorD2))).andExpect(status().isForbidden());
	}
}

package org.steerdesk.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.steerdesk.identity.Accounts;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * What a secretariat met on the contest pages (issue 22): the new-contest form refused comes back
 * with everything typed and the reason next to the field; the judges' grid gives each judge's total
 * (in the page's language) under the judge's name, "not scored" only where it is so.
 */
@SteerdeskTest
class ContestFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Contests contests;

	@Autowired
	ContestEntries entries;

	@Autowired
	Scoring scoring;

	@Autowired
	Accounts accounts;

	@Test
	void aRefusedNewContestComesBackWithWhatWasTypedAndTheReasonNextToTheField() throws Exception {
		World.Tree t = world.tree();
		String secretariat = world.user("SECRETARIAT", t.province().code());
		String page = mvc.perform(post("/contests/new").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("code", t.prefix() + "-F").param("name", "Cuộc thi viết chính luận").param("year", "2023").param("opensOn", "01/02/2023")
			.param("closesOn", "31/02/2023").param("criteria", "noidung; Nội dung; 0,6; 10\nhinhthuc; Hình thức; 0,4; 10")
			.param("prizes", "Giải Nhất; 1\nGiải Nhì; 2")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String text = HtmlUtils.htmlUnescape(page);
		assertThat(text).contains("noidung; Nội dung; 0,6; 10").contains("Giải Nhì; 2").contains("value=\"Cuộc thi viết chính luận\"")
			.contains("value=\"31/02/2023\"");
		assertThat(page).contains("id=\"closesOn-error\"").contains("The date or year is not valid.");
		assertThat(contests.byCode(t.prefix() + "-F")).isEmpty();
	}

	@Test
	void theJudgesGridGivesEachTotalUnderTheJudgesName() throws Exception {
		World.Tree t = world.tree();
		String code = t.prefix() + "-G";
		contests.create(new ContestDraft(code, "Cuộc thi", 1, 2022, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
				List.of(new ContestDraft.CriterionDraft("nd", "Nội dung", new BigDecimal("0.5"), BigDecimal.TEN)), t.province().code(), null, null,
				null, null, null, null, null), World.system());
		String judge1 = world.user("JUDGE", t.province().code());
		String judge2 = world.user("JUDGE", t.province().code());
		contests.addJudge(code, judge1, World.system());
		contests.addJudge(code, judge2, World.system());
		entries.register(code, new EntryDraft("E1", "Bài một", List.of(new EntryDraft.AuthorDraft("Lê Hoa", t.d1().code())), t.d1().code(), null,
				null), World.system());
		scoring.score(code, "E1", Map.of("nd", new BigDecimal("9.45")), true, accounts.actor(judge1).orElseThrow());
		String secretariat = world.user("SECRETARIAT", t.province().code());
		String grid = mvc.perform(get("/contests/" + code).with(user(secretariat)).header("Accept-Language", "vi")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		grid = HtmlUtils.htmlUnescape(grid.substring(grid.indexOf("id=\"scores-table\""), grid.indexOf("</table>", grid.indexOf("id=\"scores-table\""))));
		// 0.5 × 9.45 = 4.725, written the Vietnamese way; the second judge has not scored yet
		assertThat(grid).contains("4,725").contains("Người dùng " + judge1).contains("Người dùng " + judge2).contains("chưa chấm");
		assertThat(grid).doesNotContain(">" + judge1 + "<");
	}
}

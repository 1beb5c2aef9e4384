package org.steerdesk.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** The contest API of spec §4: the ranking rule with each tie-break, blindness, conflicts, bounds and the closing time. */
@SteerdeskTest
class ContestsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	javax.sql.DataSource dataSource;

	World.Tree t;

	String secretariat;

	String judgeA;

	String judgeB;

	String code;

	@BeforeEach
	void contest() throws Exception {
		t = world.tree();
		secretariat = world.user("SECRETARIAT", t.province().code());
		judgeA = world.user("JUDGE", t.province().code());
		judgeB = world.user("JUDGE", t.province().code());
		code = t.prefix() + "-CL2";
		call(post("/api/v1/contests"), secretariat, """
				{"code":"%s","name":"Cuộc thi chính luận lần thứ 2","edition":2,"year":2022,"opensOn":"2022-06-01","closesOn":"2022-09-30",
				 "criteria":[{"code":"content","name":"Nội dung","weight":0.6,"max":10},{"code":"form","name":"Hình thức","weight":0.4,"max":10}]}
				""".formatted(code)).andExpect(status().isCreated());
		for (String judge : new String[] { judgeA, judgeB }) {
			call(post("/api/v1/contests/" + code + "/judges"), secretariat, "{\"username\":\"%s\"}".formatted(judge)).andExpect(status().isCreated());
		}
	}

	ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, String json)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, World.PASSWORD)).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content(json.getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions enter(String entry, String submittedAt) throws Exception {
		return call(post("/api/v1/contests/" + code + "/entries"), secretariat, """
				{"code":"%s","title":"Bài %s","authors":[{"name":"Tác giả %s","unitCode":"%s"}],"unitCode":"%s","submittedAt":"%s"}
				""".formatted(entry, entry, entry, t.d1().code(), t.d1().code(), submittedAt));
	}

	void score(String judge, String entry, String content, String form) throws Exception {
		call(put("/api/v1/contests/" + code + "/entries/" + entry + "/score"), judge,
				"{\"scores\":{\"content\":%s,\"form\":%s}}".formatted(content, form)).andExpect(status().isNoContent());
	}

	@Test
	void theRankingIsTheMeanOfTotalsThenTheHigherMedianThenTheEarlierSubmission() throws Exception {
		enter("E1", "2022-07-01T09:00:00+07:00").andExpect(status().isCreated());
		enter("E2", "2022-07-02T09:00:00+07:00").andExpect(status().isCreated());
		enter("E3", "2022-07-03T09:00:00+07:00").andExpect(status().isCreated());
		enter("E4", "2022-07-04T09:00:00+07:00").andExpect(status().isCreated());
		String judgeC = world.user("JUDGE", t.province().code());
		call(post("/api/v1/contests/" + code + "/judges"), secretariat, "{\"username\":\"%s\"}".formatted(judgeC)).andExpect(status().isCreated());
		// E1: totals 9, 9, 6 → mean 8, median 9. E2: totals 8, 8, 8 → mean 8, median 8 (the lower median: after E1).
		score(judgeA, "E1", "9", "9");
		score(judgeB, "E1", "9", "9");
		score(judgeC, "E1", "6", "6");
		score(judgeA, "E2", "8", "8");
		score(judgeB, "E2", "8", "8");
		score(judgeC, "E2", "8", "8");
		// E3 and E4: the same totals (7): the earlier submission first. Totals weigh: 0.6 × 10 + 0.4 × 2.5 = 7
		// values may come a criterion at a time: the sheet counts once complete
		call(put("/api/v1/contests/" + code + "/entries/E4/score"), judgeA, "{\"scores\":{\"content\":10}}").andExpect(status().isNoContent());
		call(get("/api/v1/contests/" + code + "/ranking"), secretariat, "").andExpect(jsonPath("$.length()").value(2));
		call(put("/api/v1/contests/" + code + "/entries/E4/score"), judgeA, "{\"scores\":{\"form\":2.5}}").andExpect(status().isNoContent());
		score(judgeA, "E3", "7", "7");
		call(get("/api/v1/contests/" + code + "/ranking"), secretariat, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entryCode").value("E1")).andExpect(jsonPath("$[0].rank").value(1)).andExpect(jsonPath("$[0].score").value(8))
			.andExpect(jsonPath("$[1].entryCode").value("E2")).andExpect(jsonPath("$[1].rank").value(2))
			.andExpect(jsonPath("$[2].entryCode").value("E3")).andExpect(jsonPath("$[2].score").value(7))
			.andExpect(jsonPath("$[3].entryCode").value("E4")).andExpect(jsonPath("$[3].rank").value(4));
		// a judge never sees the ranking (nor another judge's scores)
		call(get("/api/v1/contests/" + code + "/ranking"), judgeA, "").andExpect(status().isForbidden());
	}

	@Test
	void aJudgeSeesEntriesBlindAndAConflictedJudgeNeitherSeesNorScores() throws Exception {
		enter("E1", "2022-07-01T09:00:00+07:00").andExpect(status().isCreated());
		String blind = call(get("/api/v1/contests/" + code + "/entries/E1"), judgeA, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Bài E1")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(blind).doesNotContain("Tác giả").doesNotContain(t.d1().code()).doesNotContain("authors").doesNotContain("unitCode");
		call(get("/api/v1/contests/" + code + "/entries/E1"), secretariat, "").andExpect(jsonPath("$.authors[0].name").value("Tác giả E1"))
			.andExpect(jsonPath("$.unitCode").value(t.d1().code()));
		// the judge declares a conflict: no longer sees or scores it
		call(post("/api/v1/contests/" + code + "/conflicts"), judgeB, "{\"username\":\"%s\",\"entryCode\":\"E1\",\"reason\":\"Tác giả là người thân\"}"
			.formatted(judgeB)).andExpect(status().isCreated());
		call(get("/api/v1/contests/" + code + "/entries/E1"), judgeB, "").andExpect(status().isForbidden());
		call(put("/api/v1/contests/" + code + "/entries/E1/score"), judgeB, "{\"scores\":{\"content\":5,\"form\":5}}").andExpect(status().isForbidden());
		// a value outside 0..max, or for an unknown criterion: 422 naming it; nothing written
		call(put("/api/v1/contests/" + code + "/entries/E1/score"), judgeA, "{\"scores\":{\"content\":11,\"form\":5}}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("scores.content"));
		call(put("/api/v1/contests/" + code + "/entries/E1/score"), judgeA, "{\"scores\":{\"content\":-1,\"style\":5}}")
			.andExpect(status().isUnprocessableContent());
		call(put("/api/v1/contests/" + code + "/entries/E1/score"), judgeA, "{\"scores\":{\"content\":9223372036854775808,\"form\":5}}")
			.andExpect(status().isUnprocessableContent());
		call(get("/api/v1/contests/" + code + "/ranking"), secretariat, "").andExpect(jsonPath("$.length()").value(0));
		// a conflict for an unknown entry, a judge who is not a JUDGE user
		call(post("/api/v1/contests/" + code + "/conflicts"), secretariat, "{\"username\":\"%s\",\"entryCode\":\"NOPE\",\"reason\":\"x\"}"
			.formatted(judgeA)).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("entryCode"));
		String editor = world.user("EDITOR", t.d1().code());
		call(post("/api/v1/contests/" + code + "/judges"), secretariat, "{\"username\":\"%s\"}".formatted(editor))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void aContestsUnboundedFieldsAreRefusedAndNothingIsWritten() throws Exception {
		String prizes = "[" + "{\"name\":\"Giải\",\"places\":1},".repeat(5000) + "{\"name\":\"Giải\",\"places\":1}]";
		call(post("/api/v1/contests"), secretariat, """
				{"code":"%s-BIG","name":"X","year":2022,"opensOn":"2022-01-01","closesOn":"2022-12-31","authorityCode":"%s","awardForm":"HUY_CHUONG",
				 "criteria":[{"code":"c","name":"C","weight":1,"max":10}],"prizes":%s}
				""".formatted(t.prefix(), "A".repeat(10_000), prizes)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field=='prizes')]").exists()).andExpect(jsonPath("$.errors[?(@.field=='authorityCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='awardForm')]").exists());
		call(get("/api/v1/contests/" + t.prefix() + "-BIG/ranking"), secretariat, "").andExpect(status().isNotFound());
	}

	@Test
	void anEntryAfterTheCloseIsRefused() throws Exception {
		enter("LATE", "2022-10-01T00:00:01+07:00").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("submittedAt"));
		enter("LAST", "2022-09-30T23:59:00+07:00").andExpect(status().isCreated());
		call(get("/api/v1/contests/" + code + "/entries/LATE"), secretariat, "").andExpect(status().isNotFound());
		// the secretariat extends the close (audited); the late entry is then taken
		mvc.perform(post("/contests/" + code + "/close").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(secretariat))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("closesOn", "15/10/2022"))
			.andExpect(status().is3xxRedirection());
		enter("LATE", "2022-10-01T00:00:01+07:00").andExpect(status().isCreated());
		assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource).sql(
				"SELECT COUNT(*) FROM audit_log WHERE record_type = 'contest' AND record_key = ? AND before_state LIKE '%2022-09-30%'")
			.param(code).query(Long.class).single()).isEqualTo(1);
		// an editor of another district cannot enter for this one
		String outsider = world.user("EDITOR", t.d2().code());
		call(post("/api/v1/contests/" + code + "/entries"), outsider, """
				{"code":"X","title":"Bài","authors":[{"name":"A","unitCode":"%s"}],"unitCode":"%s","submittedAt":"2022-07-01"}
				""".formatted(t.d1().code(), t.d1().code())).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"));
	}

	@Test
	void withOneJudgePerEntryTheEntriesAreSharedAndAConflictHandsTheEntryToAnother() throws Exception {
		String shared = t.prefix() + "-N1";
		call(post("/api/v1/contests"), secretariat, """
				{"code":"%s","name":"Cuộc thi ảnh","year":2022,"opensOn":"2022-01-01","closesOn":"2022-12-31","judgesPerEntry":1,
				 "criteria":[{"code":"c","name":"Chung","weight":1,"max":10}]}
				""".formatted(shared)).andExpect(status().isCreated());
		for (String judge : new String[] { judgeA, judgeB }) {
			call(post("/api/v1/contests/" + shared + "/judges"), secretariat, "{\"username\":\"%s\"}".formatted(judge)).andExpect(status().isCreated());
		}
		for (String entry : new String[] { "P1", "P2" }) {
			call(post("/api/v1/contests/" + shared + "/entries"), secretariat, """
					{"code":"%s","title":"Ảnh %s","authors":[{"name":"A"}],"unitCode":"%s","submittedAt":"2022-05-01"}
					""".formatted(entry, entry, t.d1().code())).andExpect(status().isCreated());
		}
		// balanced: each judge has one of the two
		int a = 0;
		for (String entry : new String[] { "P1", "P2" }) {
			int status = call(put("/api/v1/contests/" + shared + "/entries/" + entry + "/score?draft=true"), judgeA, "{\"scores\":{\"c\":5}}")
				.andReturn().getResponse().getStatus();
			a += status == 204 ? 1 : 0;
		}
		assertThat(a).isEqualTo(1);
		String mine = call(put("/api/v1/contests/" + shared + "/entries/P1/score?draft=true"), judgeA, "{\"scores\":{\"c\":5}}").andReturn()
			.getResponse().getStatus() == 204 ? "P1" : "P2";
		// judge A declares a conflict with their entry: it goes to judge B, who now judges both
		call(post("/api/v1/contests/" + shared + "/conflicts"), judgeA, "{\"username\":\"%s\",\"entryCode\":\"%s\",\"reason\":\"Người thân\"}"
			.formatted(judgeA, mine)).andExpect(status().isCreated());
		for (String entry : new String[] { "P1", "P2" }) {
			call(put("/api/v1/contests/" + shared + "/entries/" + entry + "/score"), judgeB, "{\"scores\":{\"c\":6}}").andExpect(status().isNoContent());
		}
		call(put("/api/v1/contests/" + shared + "/entries/" + mine + "/score"), judgeA, "{\"scores\":{\"c\":6}}").andExpect(status().isForbidden());
	}

	/** The spec's contest names no unit: an administrator's contest of the whole system takes entries from every province. */
	@Test
	void anAdministratorsContestWithoutAUnitTakesEntriesFromAnywhere() throws Exception {
		String system = t.prefix() + "-SYS";
		World.Tree other = world.tree();
		mvc.perform(post("/api/v1/contests").with(httpBasic("admin", World.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"Cuộc thi toàn quốc","edition":1,"year":2022,"opensOn":"2022-01-01","closesOn":"2022-12-31",
				 "criteria":[{"code":"c","name":"Chung","weight":1,"max":10}]}
				""".formatted(system).getBytes(StandardCharsets.UTF_8))).andExpect(status().isCreated());
		for (String[] e : new String[][] { { "A1", t.d1().code() }, { "B1", other.d2().code() } }) {
			mvc.perform(post("/api/v1/contests/" + system + "/entries").with(httpBasic("admin", World.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","title":"Bài %s","authors":[{"name":"Tác giả"}],"unitCode":"%s","submittedAt":"2022-03-01"}
						""".formatted(e[0], e[0], e[1]).getBytes(StandardCharsets.UTF_8))).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/contests/" + system + "/judges").with(httpBasic("admin", World.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\"}".formatted(judgeA))).andExpect(status().isCreated());
		call(put("/api/v1/contests/" + system + "/entries/B1/score"), judgeA, "{\"scores\":{\"c\":7}}").andExpect(status().isNoContent());
		call(put("/api/v1/contests/" + system + "/entries/A1/score"), judgeA, "{\"scores\":{\"c\":10}}").andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/contests/" + system + "/ranking").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].entryCode").value("A1")).andExpect(jsonPath("$[1].entryCode").value("B1"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("\"score\":10}")));
		// a province's secretariat does not run it
		call(get("/api/v1/contests/" + system + "/ranking"), secretariat, "").andExpect(status().isForbidden());
		String page = mvc.perform(get("/contests/" + system).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Bài A1").contains("Bài B1");
	}
}

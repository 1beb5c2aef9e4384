package org.steerdesk.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.files.HostileFiles;
import org.steerdesk.identity.Accounts;
import org.steerdesk.identity.NewUser;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.RefusedRequestException;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * The contest registers under attack (issue 21): an entry's files freeze with the close and with
 * judging; a judge of a contest sees it blind on every route whatever else they are; a conflict sets
 * the judge's sheet aside; a submitted sheet is final; nothing is scored after confirmation and the
 * frozen result is what is shown; a contest names only its own authority; judges know entries by a
 * random code; page and API answer from one rule; the similarity list and a unit's entries per
 * minute are bounded.
 */
@SteerdeskTest
class ContestSecurityTests {

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
	ContestResults results;

	@Autowired
	ContestProgress progress;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	World.Tree t;

	String code;

	String judge1;

	String judge2;

	String editor;

	String secretariat;

	@BeforeEach
	void contest() {
		t = world.tree();
		code = t.prefix() + "-CS";
		contests.create(draft(code, t.province().code(), null, null), World.system());
		judge1 = world.user("JUDGE", t.province().code());
		judge2 = world.user("JUDGE", t.province().code());
		contests.addJudge(code, judge1, World.system());
		contests.addJudge(code, judge2, World.system());
		editor = world.user("EDITOR", t.d1().code());
		secretariat = world.user("SECRETARIAT", t.province().code());
	}

	static ContestDraft draft(String code, String unit, Integer perEntry, String authority) {
		return new ContestDraft(code, "Cuộc thi chính luận", 1, 2022, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
				List.of(new ContestDraft.CriterionDraft("noidung", "Nội dung", BigDecimal.ONE, BigDecimal.TEN)), unit, null, null, null,
				List.of(new ContestDraft.PrizeDraft("Giải Nhất", 1)), perEntry, authority, authority == null ? null : "BANG_KHEN");
	}

	Entry enter(String entryCode) {
		return entries.register(code, new EntryDraft(entryCode, "Bài " + entryCode,
				List.of(new EntryDraft.AuthorDraft("Nguyễn Văn Tâm", t.d1().code())), t.d1().code(), null, null), World.system());
	}

	Actor actor(String username) {
		return accounts.actor(username).orElseThrow();
	}

	void score(String entryCode, String judge, int value) {
		scoring.score(code, entryCode, Map.of("noidung", BigDecimal.valueOf(value)), true, actor(judge));
	}

	MockMultipartFile pdf(String name) throws Exception {
		return new MockMultipartFile("files", name, "application/pdf", HostileFiles.pdf(name, Set.of()));
	}

	@Test
	void anEntrysFilesFreezeOnceAJudgeScoresItAndWithTheClose() throws Exception {
		long id = enter("E1").id();
		String files = "/api/v1/contest-entries/" + id + "/files";
		mvc.perform(multipart(files).file(pdf("bai-mot.pdf")).with(user(editor))).andExpect(status().isCreated());
		long file = jdbc.sql("SELECT id FROM file_links WHERE owner_type = 'contest-entry' AND owner_key = ?").param(String.valueOf(id))
			.query(Long.class).single();
		score("E1", judge1, 7);
		// after judging began: neither a new file nor a removal; what the judges score is what was submitted
		mvc.perform(multipart(files).file(pdf("bai-khac.pdf")).with(user(editor)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("files"));
		mvc.perform(delete(files + "/" + file).with(user(secretariat))).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM file_links WHERE owner_type = 'contest-entry' AND owner_key = ?").param(String.valueOf(id))
			.query(Long.class).single()).isEqualTo(1);
		// an entry not yet scored freezes with the close
		long other = enter("E2").id();
		contests.extendClose(code, LocalDate.now().minusDays(1), World.system());
		mvc.perform(multipart("/api/v1/contest-entries/" + other + "/files").file(pdf("muon.pdf")).with(user(editor)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aJudgeWhoAlsoReadsTheContestsUnitSeesItBlindOnEveryRoute() throws Exception {
		String both = "jv" + t.prefix().toLowerCase();
		accounts.create(new NewUser(both, World.PASSWORD, "Giám khảo kiêm lãnh đạo",
				List.of(new NewUser.RoleOnUnit("JUDGE", t.province().code()), new NewUser.RoleOnUnit("VIEWER", t.province().code()))),
				World.system());
		contests.addJudge(code, both, World.system());
		Entry e = entries.register(code, new EntryDraft("TRANGDINH-QUY-01", "Bản lĩnh người cầm bút",
				List.of(new EntryDraft.AuthorDraft("Nguyễn Văn Tâm", t.d1().code())), t.d1().code(), null, null), World.system());
		mvc.perform(multipart("/api/v1/contest-entries/" + e.id() + "/files").file(pdf("NguyenVanTam.pdf")).with(user(editor)))
			.andExpect(status().isCreated());
		score("TRANGDINH-QUY-01", judge1, 8);
		mvc.perform(get("/contests/" + code).with(user(both))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/contests/" + code + "/results.pdf").with(user(both))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/contests/" + code + "/ranking").with(user(both))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/contest-entries/" + e.id() + "/files").with(user(both))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/contests/" + code + "/entries/TRANGDINH-QUY-01").with(user(both))).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(e.blindCode())).andExpect(jsonPath("$.authors").doesNotExist())
			.andExpect(jsonPath("$.unitCode").doesNotExist());
		String list = mvc.perform(get("/contests/entries?unit=" + t.province().code()).with(user(both))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain("TRANGDINH-QUY-01");
		// the judges' page knows the entry by its random code, never the code its unit typed
		String judging = mvc.perform(get("/contests/" + code + "/judging").with(user(both))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(judging).contains(e.blindCode()).doesNotContain("TRANGDINH");
		assertThat(e.blindCode()).matches("B-[2-9A-HJKMNP-Z]{8}");
		// the same viewer without the judge's role sees it all
		String viewer = world.user("VIEWER", t.province().code());
		mvc.perform(get("/contests/" + code).with(user(viewer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/contests/" + code + "/entries/TRANGDINH-QUY-01").with(user(viewer)))
			.andExpect(jsonPath("$.code").value("TRANGDINH-QUY-01")).andExpect(jsonPath("$.authors[0].name").value("Nguyễn Văn Tâm"));
	}

	@Test
	void aConflictDeclaredAfterScoringSetsTheJudgesSheetAside() {
		enter("E1");
		score("E1", judge1, 10);
		score("E1", judge2, 4);
		Contest contest = contests.get(code);
		assertThat(scoring.ranking(contest).get(0).score()).isEqualByComparingTo("7");
		contests.declareConflict(code, judge2, "E1", "Là đồng nghiệp của tác giả", actor(secretariat));
		assertThat(scoring.ranking(contest).get(0).score()).isEqualByComparingTo("10");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM contest_sheets h JOIN contest_entries e ON e.id = h.entry_id WHERE e.contest_id = ?")
			.param(contest.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aSubmittedSheetIsFinal() {
		enter("E1");
		score("E1", judge1, 9);
		assertThatThrownBy(() -> scoring.score(code, "E1", Map.of("noidung", BigDecimal.ONE), false, actor(judge1)))
			.isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations().list().get(0).code()).isEqualTo("contests.sheetFinal"));
		assertThat(scoring.sheetOf(entries.get(contests.get(code), "E1"), judge1).values().get("noidung")).isEqualByComparingTo("9");
	}

	@Test
	void afterConfirmationNothingIsScoredAndTheFrozenResultIsShown() throws Exception {
		enter("E1");
		enter("E2");
		score("E1", judge1, 9);
		score("E2", judge1, 5);
		results.confirm(code, actor(secretariat));
		assertThatThrownBy(() -> score("E2", judge2, 10)).isInstanceOf(InvalidRecordException.class);
		// a score written behind the application's back changes nothing shown: the result is the frozen one
		jdbc.sql("UPDATE contest_scores SET score = 10 WHERE sheet_id IN (SELECT h.id FROM contest_sheets h JOIN contest_entries e ON e.id = h.entry_id"
				+ " WHERE e.contest_id = ? AND e.code = 'E2')").param(contests.get(code).id()).update();
		mvc.perform(get("/api/v1/contests/" + code + "/ranking").with(user(secretariat))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entryCode").value("E1")).andExpect(jsonPath("$[0].score").value(9))
			.andExpect(jsonPath("$[1].entryCode").value("E2")).andExpect(jsonPath("$[1].score").value(5));
		assertThatThrownBy(() -> results.confirm(code, actor(secretariat))).isInstanceOf(InvalidRecordException.class);
	}

	@Test
	void aDistrictsContestNamesOnlyAnAuthorityItsSecretariatManages() {
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,%s,QĐ-UBND\n%s-HD1,Chủ tịch UBND huyện,%s,QĐ-UBND\n"
			.formatted(t.prefix(), t.province().code(), t.prefix(), t.d1().code()));
		Actor district = actor(world.user("SECRETARIAT", t.d1().code()));
		assertThatThrownBy(() -> contests.create(draft(t.prefix() + "-HX", t.d1().code(), null, t.prefix() + "-CT"), district))
			.isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations().has("authorityCode")).isTrue());
		assertThat(contests.byCode(t.prefix() + "-HX")).isEmpty();
		contests.create(draft(t.prefix() + "-HX", t.d1().code(), null, t.prefix() + "-HD1"), district);
		assertThat(contests.get(t.prefix() + "-HX").authorityCode()).isEqualTo(t.prefix() + "-HD1");
	}

	@Test
	void pageAndApiAnswerFromOneRuleForEveryRole() throws Exception {
		String perEntry = t.prefix() + "-N1";
		contests.create(draft(perEntry, t.province().code(), 1, null), World.system());
		contests.addJudge(perEntry, judge1, World.system());
		contests.addJudge(perEntry, judge2, World.system());
		Entry e = entries.register(perEntry, new EntryDraft("E1", "Bài một", List.of(new EntryDraft.AuthorDraft("Lê Hoa", t.d1().code())),
				t.d1().code(), null, null), World.system());
		String assigned = jdbc.sql("SELECT username FROM contest_assignments WHERE entry_id = ?").param(e.id()).query(String.class).single();
		String free = assigned.equals(judge1) ? judge2 : judge1;
		String otherDistrict = world.user("EDITOR", t.d2().code());
		String outsider = world.user("VIEWER", world.tree().province().code());
		Map<String, Boolean> sees = Map.of(secretariat, true, editor, true, assigned, true, free, false, otherDistrict, false, outsider, false);
		for (Map.Entry<String, Boolean> who : sees.entrySet()) {
			int api = mvc.perform(get("/api/v1/contests/" + perEntry + "/entries/E1").with(user(who.getKey()))).andReturn().getResponse().getStatus();
			boolean judge = who.getKey().equals(assigned) || who.getKey().equals(free);
			String pagePath = judge ? "/contests/" + perEntry + "/judging/" + e.blindCode() : "/contests/" + perEntry;
			var page = mvc.perform(get(pagePath).with(user(who.getKey()))).andReturn().getResponse();
			boolean pageShows = page.getStatus() == 200 && page.getContentAsString(StandardCharsets.UTF_8).contains(judge ? e.blindCode() : "Bài một");
			assertThat(api == 200).as("API for " + who.getKey()).isEqualTo(who.getValue());
			assertThat(pageShows).as("page for " + who.getKey()).isEqualTo(who.getValue());
			assertThat(contests.sees(contests.get(perEntry), e, actor(who.getKey()))).isEqualTo(who.getValue());
		}
		// the unassigned judge can neither score it through the API
		mvc.perform(put("/api/v1/contests/" + perEntry + "/entries/E1/score").with(user(free)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":{\"noidung\":5}}")).andExpect(status().isForbidden());
	}

	@Test
	void theSimilarityListIsBoundedWhateverTheNumberOfCopies() {
		Contest contest = contests.get(code);
		String print = Fingerprints.of("Giữ vững trận địa tư tưởng của Đảng trong thời kỳ mới, bài viết dự thi chính luận");
		for (int i = 0; i < 300; i++) {
			jdbc.sql("INSERT INTO contest_entries (contest_id, code, title, unit_id, submitted_at, submitted_on, search_key, fingerprint, blind_code)"
					+ " VALUES (?, ?, 'Bản sao', ?, CURRENT_TIMESTAMP, CURRENT_DATE, 'ban sao', ?, ?)")
				.params(contest.id(), "COPY" + i, t.d1().id(), print, BlindCodes.next()).update();
		}
		ContestProgress.Similarities similar = progress.similar(code, World.system());
		assertThat(similar.pairs()).hasSize(ContestProgress.MAX_PAIRS);
		assertThat(similar.more()).isTrue();
		assertThat(similar.pairs()).allSatisfy(p -> assertThat(p.similarity()).isEqualTo(1.0));
	}

	@Test
	void aUnitRegistersABoundedNumberOfEntriesAMinute() {
		for (int i = 0; i < 30; i++) {
			enter("R" + i);
		}
		assertThatThrownBy(() -> enter("R30"))
			.isInstanceOfSatisfying(RefusedRequestException.class, e -> assertThat(e.status()).isEqualTo(429));
		// another unit is not held back by it
		entries.register(code, new EntryDraft("OTHER", "Bài huyện hai", List.of(new EntryDraft.AuthorDraft("Trần Bình", t.d2().code())),
				t.d2().code(), null, null), World.system());
	}

	@Test
	void aJudgeOutsideTheContestIsRefusedItsPages() throws Exception {
		enter("E1");
		String stranger = world.user("JUDGE", t.province().code());
		mvc.perform(get("/contests/" + code + "/judging").with(user(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/contests/" + code + "/entries/E1").with(user(stranger))).andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("json")));
		assertThatThrownBy(() -> contests.requireFull(code, actor(judge1))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aNullPrizeOrRoleIsRefusedNamedNeverA500() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/contests").with(user(secretariat))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"code":"%s-NP","name":"Cuộc thi","year":2022,"opensOn":"2022-01-01","closesOn":"2022-12-31",
					"criteria":[{"code":"nd","name":"Nội dung","weight":1,"max":10}],"prizes":[null]}""".formatted(t.prefix())))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("prizes[0].name"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users").with(user("admin").roles("ADMIN"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"u%s","password":"a-long-enough-passphrase-7","displayName":"X","roles":[null, {"unitCode":"%s"}]}"""
				.formatted(t.prefix().toLowerCase(), t.province().code())))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("roles[0].role"));
	}

	@Test
	void theWinnersDecisionIsDraftedOnceHoweverOftenTheConfirmationArrives(@Autowired org.steerdesk.awards.ContestDecisions decisions) {
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,%s,QĐ-UBND\n".formatted(t.prefix(),
				t.province().code()));
		ContestResultsConfirmed confirmed = new ContestResultsConfirmed(code, "Cuộc thi chính luận", 2022, t.prefix() + "-CT", "BANG_KHEN",
				List.of(new ContestResultsConfirmed.Winner("E1", "Bài một", "Giải Nhất", t.d1().code(), List.of("Nguyễn Văn Tâm"))));
		Long first = decisions.draft(confirmed);
		assertThat(first).isNotNull();
		assertThat(decisions.draft(confirmed)).isEqualTo(first);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM award_decisions WHERE source_contest = ?").param(code).query(Long.class).single()).isEqualTo(1);
	}
}

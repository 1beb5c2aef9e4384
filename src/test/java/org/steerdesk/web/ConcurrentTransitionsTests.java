package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.awards.DecisionIssuing;
import org.steerdesk.awards.Signature;
import org.steerdesk.contests.ContestDraft;
import org.steerdesk.contests.ContestResults;
import org.steerdesk.contests.Contests;
import org.steerdesk.contests.ContestEntries;
import org.steerdesk.contests.EntryDraft;
import org.steerdesk.contests.Scoring;
import org.steerdesk.identity.Accounts;
import org.steerdesk.review.IssueForm;
import org.steerdesk.review.NarrativeVersion;
import org.steerdesk.review.ReviewIssuing;
import org.steerdesk.review.ReviewNarratives;
import org.steerdesk.review.Reviews;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * State changes are conditional: each pair of transitions of an issued or confirmed thing runs at
 * the same moment, several rounds; exactly one of two exclusive transitions wins, the loser is
 * refused and changes nothing, and what was issued or confirmed is what its record says.
 */
@SteerdeskTest
class ConcurrentTransitionsTests {

	enum Pair {
		DECISION_ISSUE_AND_ISSUE, REVIEW_ISSUE_AND_EDIT, CONTEST_CONFIRM_AND_CONFIRM, CONTEST_CONFIRM_AND_SCORE
	}

	static final int ROUNDS = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionIssuing issuing;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewNarratives narratives;

	@Autowired
	ReviewIssuing reviewIssuing;

	@Autowired
	Contests contests;

	@Autowired
	ContestEntries entries;

	@Autowired
	Scoring scoring;

	@Autowired
	ContestResults results;

	@Autowired
	Accounts accounts;

	/** A refusal of a loser: a stale or conflicting change, or a state that no longer allows it. */
	static boolean refused(Throwable t) {
		return t instanceof org.steerdesk.shared.StaleRecordException || t instanceof org.steerdesk.shared.InvalidRecordException
				|| t instanceof org.springframework.dao.ConcurrencyFailureException;
	}

	@ParameterizedTest
	@EnumSource(Pair.class)
	void oneWinsAndTheLoserChangesNothing(Pair pair) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			switch (pair) {
				case DECISION_ISSUE_AND_ISSUE -> decisions();
				case REVIEW_ISSUE_AND_EDIT -> reviewAndEdit();
				case CONTEST_CONFIRM_AND_CONFIRM -> confirmations();
				case CONTEST_CONFIRM_AND_SCORE -> confirmAndScore();
			}
		}
	}

	void decisions() throws Exception {
		World.Tree t = world.tree();
		world.importCsv("award-authorities", "code,name_vi,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh,%s,QĐ-UBND\n".formatted(t.prefix(),
				t.province().code()));
		String secretariat = world.user("SECRETARIAT", t.province().code());
		long id = draft(t, secretariat);
		LocalDate day = LocalDate.now().minusDays(1);
		List<Throwable> outcomes = org.steerdesk.support.Races.race(() -> issuing.issue(id, new Signature(day, "", "CHỦ TỊCH", "Người Ký A"), true, World.system()),
				() -> issuing.issue(id, new Signature(day, "", "CHỦ TỊCH", "Người Ký B"), true, World.system()));
		assertOneWinner(outcomes);
		String winner = outcomes.get(0) == null ? "Người Ký A" : "Người Ký B";
		assertThat(jdbc.sql("SELECT signer FROM award_decisions WHERE id = ?").param(id).query(String.class).single()).isEqualTo(winner);
		assertThat(jdbc.sql("SELECT decision_number FROM award_decisions WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("01/QĐ-UBND");
		String text = pdfText(jdbc.sql("SELECT pdf FROM award_decisions WHERE id = ?").param(id).query(byte[].class).single());
		assertThat(text).contains(winner).doesNotContain(winner.endsWith("A") ? "Người Ký B" : "Người Ký A");
		// no number was burnt by the loser: the next decision of the authority is the second
		long next = draft(t, secretariat);
		issuing.issue(next, new Signature(day, "", "CHỦ TỊCH", "Người Ký A"), true, World.system());
		assertThat(jdbc.sql("SELECT decision_number FROM award_decisions WHERE id = ?").param(next).query(String.class).single())
			.isEqualTo("02/QĐ-UBND");
	}

	long draft(World.Tree t, String secretariat) throws Exception {
		String url = mvc.perform(post("/awards/decisions/new").with(user(secretariat)).with(csrf()).param("authorityCode", t.prefix() + "-CT")
			.param("form", "BANG_KHEN").param("campaign", "thông tin đối ngoại")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(url + "/recipients").with(user(secretariat)).with(csrf()).param("type", "COLLECTIVE").param("unit", t.d1().code())
			.param("citation", "Đã có thành tích xuất sắc"));
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	void reviewAndEdit() throws Exception {
		World.Tree t = world.tree();
		String committee = t.prefix() + "-BCD";
		world.importCsv("committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				%s,Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,Committee,%s,STATE,CALENDAR,ỦY BAN NHÂN DÂN TỈNH,BCĐ
				""".formatted(committee, t.province().code()));
		long id = reviews.create(committee, 2023, "vi", World.system()).id();
		NarrativeVersion latest = narratives.versions(id, World.system()).get(0);
		String body = latest.body().replaceAll("(?m)^\\*\\(.*\\)\\*$", "Ban Thư ký đã ghi nội dung.");
		narratives.saveNarrative(id, "Báo cáo cũ", body, "hoàn thiện", latest.number(), World.system());
		int based = narratives.versions(id, World.system()).get(0).number();
		IssueForm form = new IssueForm();
		form.setDate(LocalDate.of(2024, 1, 5));
		form.setPlace("Lạng Sơn");
		form.setSignaturePrefix("TM. BAN CHỈ ĐẠO");
		form.setSignerTitle("TRƯỞNG BAN");
		form.setSignerName("Hoàng Văn Nghiêm");
		form.setRecipients("Lưu: VT");
		List<Throwable> outcomes = org.steerdesk.support.Races.race(() -> reviewIssuing.issue(id, form, World.system(), "http://localhost"),
				() -> narratives.saveNarrative(id, "Báo cáo mới sửa", body + "\nĐoạn thêm.", "sửa", based, World.system()));
		assertThat(outcomes.get(0)).as("the issue").isNull();
		assertThat(outcomes.get(1) == null || refused(outcomes.get(1))).as(String.valueOf(outcomes.get(1))).isTrue();
		String subject = jdbc.sql("SELECT subject FROM reviews WHERE id = ?").param(id).query(String.class).single();
		int issuedVersion = jdbc.sql("SELECT issued_version FROM reviews WHERE id = ?").param(id).query(Integer.class).single();
		int newest = jdbc.sql("SELECT MAX(version_no) FROM review_versions WHERE review_id = ?").param(id).query(Integer.class).single();
		assertThat(newest).as("no version after the issued one").isEqualTo(issuedVersion);
		assertThat(subject).isEqualTo(outcomes.get(1) == null ? "Báo cáo mới sửa" : "Báo cáo cũ");
		assertThat(pdfText(jdbc.sql("SELECT pdf FROM reviews WHERE id = ?").param(id).query(byte[].class).single())).contains(subject);
	}

	String contest(World.Tree t, String judge) {
		String code = t.prefix() + "-CT" + System.nanoTime() % 100000;
		contests.create(new ContestDraft(code, "Cuộc thi", 1, 2022, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31),
				List.of(new ContestDraft.CriterionDraft("nd", "Nội dung", BigDecimal.ONE, BigDecimal.TEN)), t.province().code(), null, null, null,
				List.of(new ContestDraft.PrizeDraft("Giải Nhất", 1)), null, null, null), World.system());
		contests.addJudge(code, judge, World.system());
		for (String e : List.of("E1", "E2")) {
			entries.register(code, new EntryDraft(e, "Bài " + e, List.of(new EntryDraft.AuthorDraft("Tác giả " + e, t.d1().code())),
					t.d1().code(), null, null), World.system());
		}
		scoring.score(code, "E1", Map.of("nd", BigDecimal.valueOf(6)), true, accounts.actor(judge).orElseThrow());
		return code;
	}

	void confirmations() throws Exception {
		World.Tree t = world.tree();
		String judge = world.user("JUDGE", t.province().code());
		String code = contest(t, judge);
		Callable<Void> confirm = () -> {
			results.confirm(code, World.system());
			return null;
		};
		List<Throwable> outcomes = org.steerdesk.support.Races.race(confirm, confirm);
		assertOneWinner(outcomes);
		assertThat(contests.get(code).confirmed()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE record_type = 'contest' AND record_key = ? AND action = 'ISSUE'").param(code)
			.query(Long.class).single()).isEqualTo(1);
	}

	void confirmAndScore() throws Exception {
		World.Tree t = world.tree();
		String judge = world.user("JUDGE", t.province().code());
		String code = contest(t, judge);
		List<Throwable> outcomes = org.steerdesk.support.Races.race(() -> {
			results.confirm(code, World.system());
			return null;
		}, () -> {
			scoring.score(code, "E2", Map.of("nd", BigDecimal.TEN), true, accounts.actor(judge).orElseThrow());
			return null;
		});
		assertThat(outcomes.get(0)).as("the confirmation").isNull();
		assertThat(outcomes.get(1) == null || refused(outcomes.get(1))).as(String.valueOf(outcomes.get(1))).isTrue();
		// the frozen result holds the score exactly when the score landed before the confirmation
		Integer ranked = jdbc.sql("SELECT final_rank FROM contest_entries WHERE contest_id = ? AND code = 'E2'").param(contests.get(code).id())
			.query(Integer.class).optional().orElse(null);
		assertThat(ranked != null).isEqualTo(outcomes.get(1) == null);
	}

	static void assertOneWinner(List<Throwable> outcomes) {
		long winners = outcomes.stream().filter(o -> o == null).count();
		assertThat(winners).as(outcomes.toString()).isEqualTo(1);
		assertThat(outcomes.stream().filter(o -> o != null).allMatch(ConcurrentTransitionsTests::refused)).as(outcomes.toString()).isTrue();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}
}

package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.review.NarrativeVersion;
import org.steerdesk.review.ReviewNarratives;
import org.steerdesk.review.Reviews;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** The review's commendation sentence: by authority and form from the records, and unchanged in an issued review. */
@SteerdeskTest
class AwardReviewTests {

	@Autowired
	World world;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewNarratives narratives;

	@Autowired
	MockMvc mvc;

	World.Tree t;

	String committee;

	@BeforeEach
	void records() {
		t = world.tree();
		committee = t.prefix() + "-BCD";
		world.importCsv("committees", """
				code,name_vi,scope_unit_code,document_style,reporting_window,symbol
				%s,Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,%s,STATE,CALENDAR,BCĐ
				""".formatted(committee, t.province().code()));
		world.importCsv("award-authorities", """
				code,name_vi,name_en,unit_code
				%1$s-CT,Chủ tịch UBND tỉnh,Chairman of the Provincial People's Committee,%2$s
				%1$s-BCD,Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,Provincial External Information Committee,%2$s
				""".formatted(t.prefix(), t.province().code()));
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code
				1/%1$s,2023-12-12,%1$s-CT,BANG_KHEN,COLLECTIVE,Huyện Một,%2$s
				1/%1$s,2023-12-12,%1$s-CT,BANG_KHEN,INDIVIDUAL,Người Một,%2$s
				1/%1$s,2023-12-12,%1$s-CT,BANG_KHEN,INDIVIDUAL,Người Hai,%2$s
				2/%1$s,2023-12-12,%1$s-BCD,GIAY_KHEN,INDIVIDUAL,Người Ba,%3$s
				""".formatted(t.prefix(), t.d1().code(), t.d2().code()));
	}

	String text(long id, Locale locale) {
		return reviews.view(id, World.system(), locale).blocks().stream().map(b -> b.text()).collect(Collectors.joining("\n"));
	}

	@Test
	void theDraftSaysWhoAwardedWhatAndAnIssuedReviewKeepsIt() throws Exception {
		long vi = reviews.create(committee, 2023, "vi", World.system()).id();
		assertThat(text(vi, Locale.forLanguageTag("vi"))).contains(
				"Về thi đua, khen thưởng, Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể, 2 cá nhân; Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tặng Giấy khen cho 1 cá nhân; tổng cộng 1 tập thể, 3 cá nhân được khen thưởng trong năm.");
		long en = reviews.create(committee, 2023, "en", World.system()).id();
		assertThat(text(en, Locale.ENGLISH)).contains("the Chairman of the Provincial People's Committee awarded the Certificate of merit to 1 collectives and 2 individuals");
		// issued, then more commendations are recorded: the issued review says what it said
		NarrativeVersion latest = narratives.versions(vi, World.system()).get(0);
		narratives.saveNarrative(vi, reviews.get(vi, World.system()).subject(),
				latest.body().replaceAll("(?m)^\\*\\(.*\\)\\*$", "Ban Thư ký đã ghi nội dung."), "hoàn thiện", latest.number(), World.system());
		mvc.perform(post("/reviews/" + vi + "/issue").with(user("admin").roles("ADMIN")).with(csrf()).param("confirmed", "true").param("date", "2024-01-05")
			.param("place", "Lạng Sơn").param("signaturePrefix", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN").param("signerName", "Hoàng Văn Nghiêm")
			.param("recipients", "Lưu: VT")).andExpect(status().is3xxRedirection());
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code
				3/%1$s,2023-12-20,%1$s-CT,BANG_KHEN,INDIVIDUAL,Người Bốn,%2$s
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(reviews.get(vi, World.system()).issued()).isTrue();
		assertThat(text(vi, Locale.forLanguageTag("vi"))).contains("Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể, 2 cá nhân")
			.contains("tổng cộng 1 tập thể, 3 cá nhân");
	}

	@Test
	void anAuthorityWhoseEnglishNameBringsItsArticleGetsNoSecond(@Autowired AwardPhrase phrase) {
		world.importCsv("award-authorities", "code,name_vi,name_en,unit_code\n%s-HAI,Hai Ban Chỉ đạo tỉnh,The two Provincial Steering Committees,%s\n"
			.formatted(t.prefix(), t.province().code()));
		var breakdowns = java.util.Map.of(AwardFigures.COLLECTIVES,
				java.util.Map.of(AwardFigures.BY_AUTHORITY_FORM, java.util.Map.of(t.prefix() + "-HAI/BANG_KHEN", 8L)));
		String english = phrase.write(breakdowns, java.util.Locale.ENGLISH);
		org.assertj.core.api.Assertions.assertThat(english).startsWith("the two Provincial Steering Committees awarded").doesNotContain("the The");
		org.assertj.core.api.Assertions.assertThat(phrase.write(breakdowns, java.util.Locale.forLanguageTag("vi"))).startsWith("Hai Ban Chỉ đạo tỉnh tặng");
	}
}

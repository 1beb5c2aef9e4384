package org.steerdesk.external;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The external-information figures exactly as spec §3 defines them, with drill-downs that add up. */
@SteerdeskTest
class ExternalFiguresTests {

	static final DateRange YEAR_2023 = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

	@Autowired
	World world;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	World.Tree t;

	@BeforeEach
	void tree() {
		t = world.tree();
	}

	ComputedFigure figure(String key, String unit) {
		return figures.compute(unit, YEAR_2023, World.system(), Locale.ENGLISH).figures().stream()
			.filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	void delegations(String rows) {
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n" + rows);
	}

	/** Spec §3 worked example: CN:5;VN:2 and CN:1;KR:2 → 2 delegations, 8 foreign visitors, 2 countries. */
	@Test
	void theWorkedExample() {
		delegations("""
				%1$s-1,IN,Đoàn một,STUDY,2023-03-01,2023-03-02,%2$s,CN:5;VN:2
				%1$s-2,IN,Đoàn hai,INVESTMENT;SURVEY,2023-04-01,2023-04-03,%2$s,CN:1;KR:2
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(figure("external.delegations.in", t.d1().code()).value()).isEqualTo(2);
		assertThat(figure("external.foreign_visitors", t.d1().code()).value()).isEqualTo(8);
		assertThat(figure("external.countries", t.d1().code()).value()).isEqualTo(2);
	}

	@Test
	void vietnameseMembersAreNeverForeign() {
		delegations("%s-1,IN,Đoàn,OFFICIAL,2023-03-01,2023-03-02,%s,VN:4\n".formatted(t.prefix(), t.d1().code()));
		assertThat(figure("external.delegations.in", t.d1().code()).value()).isEqualTo(1);
		assertThat(figure("external.foreign_visitors", t.d1().code()).value()).isZero();
		assertThat(figure("external.countries", t.d1().code()).value()).isZero();
	}

	@Test
	void aNationalityInSeveralDelegationsCountsOnceAndTerritoriesAreCountries() {
		delegations("""
				%1$s-1,IN,Đoàn,CULTURE,2023-03-01,2023-03-02,%2$s,TW:3;HK:1
				%1$s-2,IN,Đoàn,CULTURE,2023-05-01,2023-05-02,%2$s,TW:2
				%1$s-3,OUT,Đoàn ra,OFFICIAL,2023-06-01,2023-06-05,%2$s,VN:3;JP:1
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(figure("external.countries", t.d1().code()).value()).as("TW once, HK; OUT not counted").isEqualTo(2);
		assertThat(figure("external.foreign_visitors", t.d1().code()).value()).isEqualTo(6);
		assertThat(figure("external.delegations.out", t.d1().code()).value()).isEqualTo(1);
	}

	@Test
	void aDelegationSpanningTheRangesEndCountsByItsStartDate() {
		delegations("""
				%1$s-1,IN,Cuối năm,STUDY,2023-12-30,2024-01-03,%2$s,KR:2
				%1$s-2,IN,Đầu năm,STUDY,2022-12-30,2023-01-03,%2$s,KR:2
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(figure("external.delegations.in", t.d1().code()).value()).isEqualTo(1);
	}

	@Test
	void scopeIsTheHostUnitsSubtree() {
		delegations("""
				%1$s-1,IN,Xã,STUDY,2023-03-01,2023-03-01,%2$s,CN:1
				%1$s-2,IN,Huyện hai,STUDY,2023-03-01,2023-03-01,%3$s,CN:10
				%1$s-3,IN,Tỉnh,STUDY,2023-03-01,2023-03-01,%4$s,CN:100
				""".formatted(t.prefix(), t.c1().code(), t.d2().code(), t.province().code()));
		assertThat(figure("external.foreign_visitors", t.d1().code()).value()).isEqualTo(1);
		assertThat(figure("external.foreign_visitors", t.province().code()).value()).isEqualTo(111);
	}

	@Test
	void meetingsByModeAndDrillDownsAddUp() throws Exception {
		world.importCsv("meetings", """
				code,date,mode,partner,country,topic,unit_code
				%1$s-1,2023-02-01,ONLINE,Quảng Tây,CN,Hợp tác cửa khẩu,%2$s
				%1$s-2,2023-02-05,IN_PERSON,Gangwon,KR,Du lịch,%2$s
				%1$s-3,2023-03-05,ONLINE,JICA,JP,Đào tạo,%2$s
				%1$s-4,2024-03-05,ONLINE,JICA,JP,Năm sau,%2$s
				""".formatted(t.prefix(), t.d1().code()));
		ComputedFigure meetings = figure("external.meetings", t.d1().code());
		assertThat(meetings.value()).isEqualTo(3);
		assertThat(meetings.breakdown().get("mode")).containsEntry("ONLINE", 2L).containsEntry("IN_PERSON", 1L);
		mvc.perform(get(meetings.drillDown()).with(user("admin"))).andExpect(content().string(containsString("id=\"meetings-total\">3<")));
		delegations("%1$s-1,IN,Đoàn,STUDY,2023-03-01,2023-03-02,%2$s,CN:5;VN:2\n%1$s-2,IN,Đoàn,STUDY,2023-04-01,2023-04-02,%2$s,CN:1;KR:2\n"
			.formatted(t.prefix(), t.d1().code()));
		mvc.perform(get(figure("external.foreign_visitors", t.d1().code()).drillDown()).with(user("admin")))
			.andExpect(content().string(containsString("id=\"delegations-total\">2<")))
			.andExpect(content().string(containsString("id=\"visitors-total\">8<")));
		mvc.perform(get(figure("external.countries", t.d1().code()).drillDown()).with(user("admin")))
			.andExpect(content().string(containsString("id=\"countries-count\">2<")));
	}
}

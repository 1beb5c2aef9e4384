package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** The commendations' figures as spec §3 defines them, and the import's refusals. */
@SteerdeskTest
class AwardFiguresTests {

	static final DateRange YEAR_2023 = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

	@Autowired
	World world;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	Revocations revocations;

	@Autowired
	DataSource dataSource;

	World.Tree t;

	@BeforeEach
	void authorities() {
		t = world.tree();
		world.importCsv("award-authorities", """
				code,name_vi,name_en,unit_code,symbol
				%1$s-CT,Chủ tịch UBND tỉnh,Chairman of the Provincial People's Committee,%2$s,QĐ-UBND
				%1$s-H1,Chủ tịch UBND huyện Một,,%3$s,QĐ-UBND
				""".formatted(t.prefix(), t.province().code(), t.d1().code()));
	}

	ComputedFigure figure(String key, String unit) {
		return figures.compute(unit, YEAR_2023, World.system(), Locale.ENGLISH).figures().stream()
			.filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	long recipientsOf(String number) {
		return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id"
				+ " WHERE d.decision_number = ?").param(number).query(Long.class).single();
	}

	@Test
	void recipientsCountByTheDecisionsDayInTheirUnitsScopeByAuthority() {
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		String p = t.prefix();
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation,campaign
				1/%1$s,2023-01-01,%1$s-CT,BANG_KHEN,COLLECTIVE,Phòng Văn hóa huyện Một,%2$s,,Thành tích xuất sắc,Công tác TTĐN 2022
				1/%1$s,2023-01-01,%1$s-CT,BANG_KHEN,INDIVIDUAL,Nguyễn Văn An,%3$s,Chủ tịch xã,Thành tích xuất sắc,Công tác TTĐN 2022
				1/%1$s,2023-01-01,%1$s-CT,BANG_KHEN,INDIVIDUAL,Trần Thị Bình,%4$s,Chuyên viên,,Công tác TTĐN 2022
				1/%1$s,2023-01-01,%1$s-CT,BANG_KHEN,INDIVIDUAL,Lê Văn Cường,%5$s,Giám đốc,,Công tác TTĐN 2022
				2/%1$s,2023-12-31,%1$s-H1,GIAY_KHEN,COLLECTIVE,Tổ cộng tác viên xã Đồng Tâm,,,,Công tác TTĐN 2023
				2/%1$s,2023-12-31,%1$s-H1,GIAY_KHEN,INDIVIDUAL,Hoàng Thị Dung,%2$s,Cán bộ,,Công tác TTĐN 2023
				3/%1$s,2024-01-01,%1$s-H1,GIAY_KHEN,COLLECTIVE,Năm sau,%2$s,,,
				4/%1$s,2022-12-31,%1$s-H1,GIAY_KHEN,COLLECTIVE,Năm trước,%2$s,,,
				""".formatted(p, t.d1().code(), t.c1().code(), t.d2().code(), t.province().code()));
		// D1: a collective of D1 (first day), a group with no unit counted by its authority's unit D1 (last day); the next and the
		// previous year out. Individuals: C1 below, D2 merged, D1; the province's own official is above the scope.
		ComputedFigure collectives = figure("awards.collectives", t.d1().code());
		assertThat(collectives.value()).isEqualTo(2);
		assertThat(collectives.breakdown().get("authority")).isEqualTo(Map.of(p + "-CT", 1L, p + "-H1", 1L));
		ComputedFigure individuals = figure("awards.individuals", t.d1().code());
		assertThat(individuals.value()).isEqualTo(3);
		assertThat(individuals.breakdown().get("authority")).isEqualTo(Map.of(p + "-CT", 2L, p + "-H1", 1L));
		assertThat(figure("awards.individuals", t.province().code()).value()).isEqualTo(4);
		assertThat(individuals.drillDown()).startsWith("/awards/recipients?").contains("type=INDIVIDUAL").contains("unit=" + t.d1().code());
		// a revoked recipient no longer counts
		long an = JdbcClient.create(dataSource).sql("SELECT id FROM award_recipients WHERE recipient_name = ? AND decision_id IN"
				+ " (SELECT id FROM award_decisions WHERE decision_number = ?)").params("Nguyễn Văn An", "1/" + p).query(Long.class).single();
		assertThatThrownBy(() -> revocations.revoke(an, " ", LocalDate.of(2023, 2, 1), World.system()))
			.isInstanceOf(InvalidRecordException.class);
		assertThatThrownBy(() -> revocations.revoke(an, "Vi phạm", LocalDate.of(2022, 12, 1), World.system()))
			.isInstanceOf(InvalidRecordException.class);
		revocations.revoke(an, "Thành tích không đúng thực tế", LocalDate.of(2023, 2, 1), World.system());
		assertThat(figure("awards.individuals", t.d1().code()).value()).isEqualTo(2);
		// re-importing the same file changes nothing and keeps the revocation
		assertThat(recipientsOf("1/" + p)).isEqualTo(4);
	}

	@Test
	void badRowsAreRefusedByRowAndColumnAndNothingIsWritten() throws Exception {
		String p = t.prefix();
		String outsider = world.user("SECRETARIAT", t.d1().code());
		String csv = """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation,campaign
				9/%1$s,2023-03-01,%1$s-H1,BANG_KHEN,COLLECTIVE,Phòng Văn hóa,%2$s,Trưởng phòng,,
				9/%1$s,2023-03-01,%1$s-H1,BANG_KHEN,INDIVIDUAL,Nguyễn Văn An,%3$s,,,
				9/%1$s,2023-03-01,NOPE,HUY_CHUONG,PERSON,Trần Bình,,,,
				9/%1$s,2099-03-01,%1$s-CT,BANG_KHEN,INDIVIDUAL,Lê Cường,,,,
				9/%1$s,2023-03-01,%1$s-H1,BANG_KHEN,INDIVIDUAL,nguyen van an,%2$s,,,
				9/%1$s,2023-03-01,NOPE,BANG_KHEN,INDIVIDUAL,Đinh Hoa,,,,
				""".formatted(p, t.d1().code(), t.d2().code());
		String answer = mvc.perform(post("/api/v1/imports/commendations").with(httpBasic(outsider, World.PASSWORD)).header("Accept-Language", "en")
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("A collective has no position")
			.contains("Certificate of merit (BANG_KHEN)")
			.contains("Collective (COLLECTIVE)")
			.contains("cannot be dated after today")
			.contains("No awarding authority")
			.contains("not in your scope");
		assertThat(answer).containsPattern("\"row\":6,\"column\":\"decision_number");
		assertThat(answer).containsPattern("\"row\":3[^}]*\"column\":\"recipient_unit_code\"");
		assertThat(recipientsOf("9/" + p)).isZero();
	}
}

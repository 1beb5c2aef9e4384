package org.steerdesk.external;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.shared.Country;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delegations and meetings: imports, validation messages, countries from CLDR, scope and the partner's history. */
@SteerdeskTest
class ExternalRecordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Delegations delegations;

	@Autowired
	Partners partners;

	World.Tree t;

	@BeforeEach
	void tree() {
		t = world.tree();
	}

	ResultActions importCsv(String register, String csv, String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/imports/" + register).with(httpBasic(username, password)).header("Accept-Language", "en")
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void countriesAndTerritoriesAreNamedFromCldrInBothLanguages() {
		assertThat(Country.of("tw").name(Locale.ENGLISH)).isEqualTo("Taiwan");
		assertThat(Country.of("CN").name(Locale.forLanguageTag("vi"))).isEqualTo("Trung Quốc");
		assertThat(Country.of("HK")).isNotNull();
		assertThat(Country.of("MO")).isNotNull();
		assertThat(Country.of("XX")).isNull();
	}

	@Test
	void importedDelegationsAreIdempotentAndBadRowsNameTheirCells() throws Exception {
		String csv = "code,direction,name,partner,purpose,start_date,end_date,host_unit_code,members,notes\n"
				+ "%s-1,IN,Đoàn Quảng Tây,,STUDY;INVESTMENT,2023-03-01,2023-03-03,%s,CN:5;VN:1,Tham quan cửa khẩu\n"
					.formatted(t.prefix(), t.d1().code());
		importCsv("delegations", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(1));
		importCsv("delegations", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.unchanged").value(1));
		Delegation d = delegations.byCode(t.prefix() + "-1").orElseThrow();
		assertThat(d.members()).containsEntry("CN", 5).containsEntry("VN", 1);
		assertThat(d.foreignMembers()).isEqualTo(5);
		String bad = """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%1$s-2,IN,Ngày sai,STUDY,2023-03-05,2023-03-01,%2$s,CN:1
				%1$s-3,IN,Số sai,STUDY,2023-03-01,2023-03-01,%2$s,CN:0
				%1$s-4,IN,Quốc tịch sai,STUDY,2023-03-01,2023-03-01,%2$s,XX:2
				%1$s-5,SIDEWAYS,Chiều sai,FUN,2023-03-01,2023-03-01,%2$s,KR:2
				%1$s-6,IN,Quá đông,STUDY,2023-03-01,2023-03-01,%2$s,CN:2147483647
				%1$s-7,IN,Quá đông,STUDY,2023-03-01,2023-03-01,%2$s,CN:10001
				""".formatted(t.prefix(), t.d1().code());
		importCsv("delegations", bad, "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 2 && @.column == 'end_date')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'members')].message").value(org.hamcrest.Matchers.hasItem(containsString("from 1 to 10,000"))))
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'members')].message").value(org.hamcrest.Matchers.hasItem(containsString("XX"))))
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'direction')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'purpose')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'members')].message").value(org.hamcrest.Matchers.hasItem(containsString("from 1 to 10,000"))))
			.andExpect(jsonPath("$.errors[?(@.row == 7 && @.column == 'members')]").exists());
		assertThat(delegations.byCode(t.prefix() + "-2")).isEmpty();
	}

	@Test
	void theFormShowsEachProblemNextToItsField() throws Exception {
		mvc.perform(post("/external/delegations/new").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("code", t.prefix() + "-F").param("direction", "IN").param("name", "Đoàn")
			.param("startDate", "2023-05-02").param("endDate", "2023-05-01").param("hostUnitCode", t.d1().code())
			.param("members", "KR:0;ZZ:1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endDate-error\"")))
			.andExpect(content().string(containsString("id=\"members-error\"")))
			.andExpect(content().string(containsString("id=\"purpose-error\"")));
		assertThat(delegations.byCode(t.prefix() + "-F")).isEmpty();
	}

	@Test
	void namedMembersAreOptionalAndNeverChangeTheCounts() throws Exception {
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-P,IN,Đoàn,STUDY,2023-03-01,2023-03-02,%s,KR:2\n"
			.formatted(t.prefix(), t.d1().code()));
		mvc.perform(post("/external/delegations/" + t.prefix() + "-P/people").with(user("admin")).with(csrf())
			.param("fullName", "Kim Min-jun").param("role", "Trưởng đoàn").param("nationality", "KR"))
			.andExpect(status().is3xxRedirection());
		Delegation d = delegations.byCode(t.prefix() + "-P").orElseThrow();
		assertThat(delegations.people(d.id())).extracting(DelegationPerson::fullName).containsExactly("Kim Min-jun");
		assertThat(d.foreignMembers()).isEqualTo(2);
	}

	@Test
	void aPartnersPageShowsItsWholeHistory() throws Exception {
		String code = t.prefix() + "-GX";
		partners.save(new PartnerDraft(code, "Pingxiang", "Bằng Tường", "CN", PartnerKind.LOCALITY, null), World.system(), null);
		partners.addPartnership(new PartnershipDraft(code, t.d1().code(), PartnershipKind.SISTER_LOCALITY, java.time.LocalDate.of(2013, 5, 10),
				null, "01/2013", null), World.system());
		world.importCsv("delegations", "code,direction,name,partner,purpose,start_date,end_date,host_unit_code,members\n%s-D,IN,Đoàn Bằng Tường,%s,OFFICIAL,2023-03-01,2023-03-02,%s,CN:3\n"
			.formatted(t.prefix(), code, t.d1().code()));
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%s-M,2023-04-01,ONLINE,%s,CN,Cửa khẩu,%s\n"
			.formatted(t.prefix(), code, t.d1().code()));
		mvc.perform(get("/external/partners/" + code).with(user("admin")))
			.andExpect(content().string(containsString("01/2013")))
			.andExpect(content().string(containsString("Đoàn Bằng Tường")))
			.andExpect(content().string(containsString("Cửa khẩu")));
	}

	@Test
	void anEditorOfOneDistrictCannotRecordOrReadAnothersDelegations() throws Exception {
		String editor = world.user("EDITOR", t.d2().code());
		importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-E,IN,Đoàn,STUDY,2023-03-01,2023-03-02,%s,CN:1\n"
			.formatted(t.prefix(), t.d1().code()), editor, World.PASSWORD)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("host_unit_code"));
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-R,IN,Đoàn,STUDY,2023-03-01,2023-03-02,%s,CN:1\n"
			.formatted(t.prefix(), t.d1().code()));
		mvc.perform(get("/external/delegations/" + t.prefix() + "-R").with(user(editor))).andExpect(status().isForbidden());
		mvc.perform(get("/external/delegations").param("unit", t.d1().code()).with(user(editor))).andExpect(status().isForbidden());
	}
}

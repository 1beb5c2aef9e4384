package org.steerdesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** The figures page names the awarding authorities of its breakdown, never their codes (issue 22). */
@SteerdeskTest
class AuthorityNamesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Test
	void theBreakdownByAuthoritySaysTheirNames() throws Exception {
		World.Tree t = world.tree();
		String p = t.prefix();
		world.importCsv("award-authorities", "code,name_vi,name_en,unit_code,symbol\n%s-CT,Chủ tịch UBND tỉnh Thử,Chairman of the Test Province,%s,QĐ-UBND\n"
			.formatted(p, t.province().code()));
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code,position,citation
				15/%1$s,2022-12-05,%1$s-CT,BANG_KHEN,COLLECTIVE,Ban Tuyên giáo huyện,%2$s,,
				15/%1$s,2022-12-05,%1$s-CT,BANG_KHEN,INDIVIDUAL,Hoàng Thị Thu Hương,%2$s,Phó Trưởng ban,
				""".formatted(p, t.d1().code()));
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/figures").param("unit", t.province().code()).param("year", "2022")
			.with(user("admin").roles("ADMIN")).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Chủ tịch UBND tỉnh Thử: 1").doesNotContain(p + "-CT: 1");
	}
}

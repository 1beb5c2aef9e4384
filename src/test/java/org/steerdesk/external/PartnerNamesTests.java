package org.steerdesk.external;

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

/** The delegations list names a delegation's partner as the partner's record names it, not by the code typed (issue 22). */
@SteerdeskTest
class PartnerNamesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Partners partners;

	@Test
	void aDelegationsPartnerIsShownByName() throws Exception {
		World.Tree t = world.tree();
		partners.save(new PartnerDraft(t.prefix() + "-PT", "Pingxiang", "Bằng Tường", "CN", PartnerKind.LOCALITY, null), World.system(), null);
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members,partner\n%1$s-D,IN,Đoàn Bằng Tường,STUDY,2023-03-01,2023-03-02,%2$s,CN:5,%1$s-PT\n"
			.formatted(t.prefix(), t.d1().code()));
		String vi = HtmlUtils.htmlUnescape(mvc.perform(get("/external/delegations").param("unit", t.d1().code()).with(user("admin").roles("ADMIN"))
			.header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(vi).contains(">Bằng Tường<").doesNotContain(">" + t.prefix() + "-PT<");
	}
}

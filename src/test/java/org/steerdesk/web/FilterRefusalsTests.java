package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * A day typed into a list's filter that is no day ({@code 31/02/2023}) is not a bare 400 page (issue
 * 22): the page comes again with the other filters kept, the typed value in its box and the reason
 * next to it. The API still answers problem details naming the parameter.
 */
@SteerdeskTest
class FilterRefusalsTests {

	static final List<String> LISTS = List.of("/media/items", "/media/shares", "/external/delegations", "/external/meetings", "/gatherings",
			"/training", "/awards/recipients", "/media/stats", "/external/stats", "/gatherings/stats", "/admin/audit");

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Test
	void aBadDayInAFilterComesBackNextToItsBox() throws Exception {
		World.Tree t = world.tree();
		for (String list : LISTS) {
			MvcResult refused = mvc.perform(get(list).param("unit", t.province().code()).param("from", "31/02/2023").param("to", "31/12/2023")
				.with(user("admin").roles("ADMIN")).header("Accept-Language", "en")).andReturn();
			assertThat(refused.getResponse().getStatus()).as(list).isEqualTo(302);
			String again = refused.getResponse().getRedirectedUrl();
			assertThat(refused.getFlashMap().containsKey("filterTyped")).as(list + " flash").isTrue();
			assertThat(again).as(list).contains("unit=" + t.province().code()).contains("to=31/12/2023").doesNotContain("from=");
			// the page again, in the same session (the flash attributes live in the database's session, as in a browser)
			String page = mvc.perform(get(again).with(user("admin").roles("ADMIN")).header("Accept-Language", "en")
				.cookie(refused.getResponse().getCookies())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(HtmlUtils.htmlUnescape(page)).as(list).contains("value=\"31/02/2023\"").contains("The date or year is not valid.")
				.contains("from-error");
		}
		mvc.perform(get("/api/v1/figures").param("unit", t.province().code()).param("from", "2023-02-31").param("to", "2023-12-31")
			.with(user("admin").roles("ADMIN"))).andExpect(status().isBadRequest());
	}
}

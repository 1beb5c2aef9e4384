package org.steerdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Small things a newcomer sees in the first minute (issue 22): the icon, the page title, the address after signing in. */
@SteerdeskTest
class FirstMinuteTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSiteHasAnIcon() throws Exception {
		byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(icon).startsWith(0, 0, 1, 0);
	}

	@Test
	void theStartPagesTitleSaysTheNameOnce() throws Exception {
		String page = mvc.perform(get("/").with(user("admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("Steerdesk · Steerdesk").contains("rel=\"icon\"");
	}

	@Test
	void afterSigningInTheAddressIsThePageAskedFor() throws Exception {
		var asked = mvc.perform(get("/org")).andExpect(status().is3xxRedirection()).andReturn().getResponse();
		jakarta.servlet.http.Cookie[] cookies = asked.getCookies();
		String to = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login").cookie(cookies)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("username", "admin")
			.param("password", World.ADMIN_PASSWORD)).andReturn().getResponse().getRedirectedUrl();
		assertThat(to).endsWith("/org").doesNotContain("continue");
	}
}

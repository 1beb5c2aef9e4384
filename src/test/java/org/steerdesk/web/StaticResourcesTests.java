package org.steerdesk.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Static files under their own paths; pages link the webjars by version. */
@SteerdeskTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void webjarsStylesAndScriptsAreServedAndLinkedByVersion() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")))
			.andExpect(content().string(containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")));
		for (String path : new String[] { "/webjars/bootstrap/5.3.8/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/chart.js/4.5.1/dist/chart.umd.js", "/css/steerdesk.css", "/js/steerdesk.js" }) {
			mvc.perform(get(path)).andExpect(status().isOk());
		}
		mvc.perform(get("/css/../application.yml")).andExpect(status().is4xxClientError());
		mvc.perform(get("/application.yml")).andExpect(status().is3xxRedirection());
	}
}

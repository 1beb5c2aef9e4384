package org.steerdesk.training;

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

/** The training chart draws participants against their own axis, so that a few courses are not hidden under hundreds of participants. */
@SteerdeskTest
class TrainingChartTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Test
	void participantsHaveTheirOwnAxis() throws Exception {
		World.Tree t = world.tree();
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code,participants\n%s-1,Lớp một,STAFF,2023-03-15,2023-03-16,%s,240\n"
			.formatted(t.prefix(), t.d1().code()));
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/training?unit=" + t.d1().code() + "&from=2023-01-01&to=2023-12-31")
			.with(user(world.user("VIEWER", t.d1().code())))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("\"yAxisID\":\"y1\"").containsPattern("\"y1\":\\{[^}]*\"position\":\"right\"");
	}
}

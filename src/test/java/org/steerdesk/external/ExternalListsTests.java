package org.steerdesk.external;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** External lists page by keyset like every list: no row is cut, the pages add up, exports hold every row. */
@SteerdeskTest
class ExternalListsTests {

	private static final Pattern MEETING_LINK = Pattern.compile("/external/meetings/([A-Za-z0-9_.-]+-M\\d+)\"");

	private static final Pattern NEXT = Pattern.compile("id=\"next-page\"\\s+href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Test
	void meetingsPageThroughEveryRowAndExportThemAll() throws Exception {
		World.Tree t = world.tree();
		int count = ExternalQueries.PAGE * 2 + 3;
		StringBuilder csv = new StringBuilder("code,date,mode,partner,country,topic,unit_code\n");
		for (int i = 0; i < count; i++) {
			// several meetings share a day, so the id orders them within it
			csv.append("%s-M%d,2023-05-%02d,ONLINE,Quảng Tây,CN,Cửa khẩu,%s\n".formatted(t.prefix(), i, 1 + i % 20, t.d1().code()));
		}
		assertThat(world.importCsv("meetings", csv.toString()).ok()).isTrue();
		String viewer = world.user("VIEWER", t.d1().code());
		Set<String> seen = new HashSet<>();
		String address = "/external/meetings?unit=" + t.d1().code() + "&from=2023-01-01&to=2023-12-31";
		int pages = 0;
		while (address != null) {
			String html = mvc.perform(get(address.replace("&amp;", "&")).with(user(viewer)).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("id=\"meetings-total\">" + count + "<");
			Matcher rows = MEETING_LINK.matcher(html);
			int onPage = 0;
			while (rows.find()) {
				assertThat(seen.add(rows.group(1))).as("a row shown on two pages").isTrue();
				onPage++;
			}
			assertThat(onPage).isLessThanOrEqualTo(ExternalQueries.PAGE);
			Matcher next = NEXT.matcher(html);
			address = next.find() ? next.group(1) : null;
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(count);
		String export = mvc.perform(get("/external/meetings/export.csv?unit=" + t.d1().code()).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(export.lines().filter(l -> l.startsWith(t.prefix() + "-M")).count()).isEqualTo(count);
		// a cursor that is not one is a bad parameter, not an error page
		mvc.perform(get("/external/meetings?after=x_y_z").with(user(viewer))).andExpect(status().isBadRequest());
		mvc.perform(get("/external/delegations?after=2023-01-01_1").with(user(viewer))).andExpect(status().isBadRequest());
	}
}

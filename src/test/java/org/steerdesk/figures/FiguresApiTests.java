package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/figures} (spec §4) computes every provider's figures over the unit's scope
 * (subtree and merged units) and the range, by dates or by year and reporting window.
 */
@SteerdeskTest
@Import(FiguresApiTests.ScopeFigures.class)
class FiguresApiTests {

	/** A provider whose value is the number of units in the scope, and which echoes the range. */
	@TestConfiguration
	static class ScopeFigures {

		@Bean
		FigureProvider scopeFigureProvider() {
			return new FigureProvider() {
				@Override
				public List<FigureDefinition> definitions() {
					return List.of(new FigureDefinition("test.units", "figures.unit"));
				}

				@Override
				public FigureValue compute(String key, FigureScope scope) {
					return new FigureValue(key, scope.unitIds().size(),
							Map.of("range", Map.of(scope.range().from() + ".." + scope.range().to(), 1L)),
							"/org?q=" + scope.unitCode());
				}
			};
		}
	}

	static final String TEST_FIGURE = "$.figures[?(@.key == 'test.units')]";

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Test
	void figuresForAUnitAndDateRange() throws Exception {
		World.Tree t = world.tree();
		mvc.perform(get("/api/v1/figures").param("unit", t.province().code()).param("from", "2023-01-01").param("to", "2023-12-31")
			.with(httpBasic("admin", World.ADMIN_PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value(t.province().code()))
			.andExpect(jsonPath("$.from").value("2023-01-01"))
			.andExpect(jsonPath("$.to").value("2023-12-31"))
			.andExpect(jsonPath(TEST_FIGURE + ".label").value(contains("Unit")))
			.andExpect(jsonPath(TEST_FIGURE + ".value").value(contains(4)))
			.andExpect(jsonPath(TEST_FIGURE + ".breakdown.range['2023-01-01..2023-12-31']").value(contains(1)))
			.andExpect(jsonPath(TEST_FIGURE + ".drillDown").value(contains("/org?q=" + t.province().code())));
	}

	@Test
	void yearAndDecree09WindowGiveFifteenDecemberToFourteenDecember() throws Exception {
		World.Tree t = world.tree();
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2022").param("window", "DECREE_09")
			.with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.from").value("2021-12-15"))
			.andExpect(jsonPath("$.to").value("2022-12-14"));
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2022").param("window", "CALENDAR")
			.with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.from").value("2022-01-01"))
			.andExpect(jsonPath("$.to").value("2022-12-31"));
	}

	@Test
	void theScopeOfAUnitIncludesUnitsMergedIntoIt() throws Exception {
		World.Tree t = world.tree();
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2023")
			.with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(jsonPath(TEST_FIGURE + ".value").value(contains(3)));
	}

	@Test
	void badParametersAreProblems() throws Exception {
		World.Tree t = world.tree();
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("from", "2023-12-31").param("to", "2023-01-01")
			.with(httpBasic("admin", World.ADMIN_PASSWORD))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/figures").param("unit", "NO-SUCH").param("year", "2023")
			.with(httpBasic("admin", World.ADMIN_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void aMistypedPageShowsTheErrorPageAndABadParameterIsAProblemNamingIt() throws Exception {
		mvc.perform(get("/no-such-page").with(user("admin")).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML));
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023").param("window", "WEEKLY")
			.header("Accept-Language", "en").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("window")));
	}

	@Test
	void theFiguresPageListsEachFigureWithItsDrillDown() throws Exception {
		World.Tree t = world.tree();
		mvc.perform(get("/figures").param("unit", t.province().code()).param("year", "2023").param("window", "CALENDAR")
			.with(user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/org?q=" + t.province().code() + "\"")));
	}
}

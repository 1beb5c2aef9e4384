package org.steerdesk.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.media.Items;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an attacker with an ordinary account tried and found (issue 9, low): each answer is a
 * refusal in the user's language, never a 500, a leak or a forged figure.
 */
@SteerdeskTest
class HardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Items items;

	World.Tree t;

	String p;

	String editor;

	@BeforeEach
	void records() {
		t = world.tree();
		p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,platform,unit_code,feed_url\n%1$s-WEB,Trang,PORTAL,,%2$s,\n%1$s-D2,Trang,PORTAL,,%3$s,http://127.0.0.1:9/none\n"
			.formatted(t.prefix(), t.d1().code(), t.d2().code()));
		StringBuilder csv = new StringBuilder("url,title,kind,published_at,channel_code,unit_code\n");
		for (int i = 0; i < 60; i++) {
			csv.append("https://%s.vn/%d,Tin %d,NEWS,2023-01-%02d,%s-WEB,%s\n".formatted(p, i, i, 1 + i % 28, t.prefix(), t.d1().code()));
		}
		csv.append("https://%s.vn/other,Tin huyện khác,NEWS,2023-01-05,%s-D2,%s\n".formatted(p, t.prefix(), t.d2().code()));
		world.importCsv("media-items", csv.toString());
		editor = world.user("EDITOR", t.d1().code());
	}

	@Test
	void aMalformedCursorIs400AndAForgedTotalIsNeverShown() throws Exception {
		String page = mvc.perform(get("/media/items").param("unit", t.d1().code()).with(user(editor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"items-total\">60<");
		for (String bad : new String[] { "garbage", "2023-01-01T00:00:00Z_I_notanumber_5", "2023-01-01T00:00:00Z_notanumber_5", "x_y", "_".repeat(300) }) {
			mvc.perform(get("/media/items").param("unit", t.d1().code()).param("after", bad).with(user(editor)).header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(containsString("after")));
		}
		mvc.perform(get("/media/views").param("unit", t.d1().code()).param("after", "2023-13-45_1").with(user(editor)))
			.andExpect(status().isBadRequest());
		// a cursor with a forged total: the position is used, the total counted again
		mvc.perform(get("/media/items").param("unit", t.d1().code()).param("after", "2023-01-20T00:00:00Z_999999999_123456")
			.with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"items-total\">60<")))
			.andExpect(content().string(not(containsString("123456"))));
	}

	@Test
	void aShareFormNeverPrefillsAnItemTheUserMayNotRead() throws Exception {
		long other = items.byUrl("https://%s.vn/other".formatted(p)).orElseThrow().id();
		long own = items.byUrl("https://%s.vn/1".formatted(p)).orElseThrow().id();
		mvc.perform(get("/media/shares/new").param("item", Long.toString(other)).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("https://%s.vn/other".formatted(p)))));
		mvc.perform(get("/media/shares/new").param("item", Long.toString(own)).with(user(editor)))
			.andExpect(content().string(containsString("https://%s.vn/1".formatted(p))));
	}

	@Test
	void aPostWithoutItsCsrfTokenGetsThe403PageNot405() throws Exception {
		mvc.perform(post("/media/items/new").with(user(editor)).param("title", "x").header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/error/403"));
		// the container forwards the refused POST as a POST (MockMvc does not follow forwards, so ask for it)
		mvc.perform(post("/error/403").with(user(editor)).with(csrf()).header("Accept-Language", "en")
			.requestAttr(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403,
					new org.springframework.security.web.csrf.MissingCsrfTokenException(null)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("Reload the page")));
	}

	@Test
	void readingAFeedNowRedirectsWithItsOutcome() throws Exception {
		mvc.perform(post("/media/channels/" + t.prefix() + "-D2/poll").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aControlCharacterIsRefusedNextToTheFieldInAParameterAndInJson() throws Exception {
		mvc.perform(post("/media/items/new").with(user(editor)).with(csrf()).header("Accept-Language", "en")
			.param("url", "https://%s.vn/nul".formatted(p)).param("title", "Tin\u0000độc").param("kind", "NEWS")
			.param("publishedAt", "2023-02-01T10:00").param("channelCode", t.prefix() + "-WEB").param("unitCode", t.d1().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("control character")));
		assertThat(items.byUrl("https://%s.vn/nul".formatted(p))).isEmpty();
		mvc.perform(get("/media/items").param("unit", t.d1().code()).param("q", "a\u0000b").with(user(editor)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", World.ADMIN_PASSWORD)).header("Accept-Language", "en")
			.contentType("application/json")
			.content("{\"username\":\"nul.user\",\"password\":\"cỏ may bên suối 2023\",\"displayName\":\"A\\u0000B\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
	}

	@Test
	void badQueryValuesOnAPageGetThePageWithAMessageNotJson() throws Exception {
		// a day that is no day comes back next to its box instead (FilterRefusalsTests)
		mvc.perform(get("/media/items").param("unit", t.d1().code()).param("from", "2022-02-30").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		for (String[] bad : new String[][] { { "kind", "NOPE" } }) {
			mvc.perform(get("/media/items").param("unit", t.d1().code()).param(bad[0], bad[1]).with(user(editor))
				.header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(containsString("&quot;" + bad[0] + "&quot;")));
		}
		mvc.perform(get("/media/stats").param("unit", t.d1().code()).param("from", "0001-01-01").param("to", "9999-12-31")
			.with(user(editor)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 20 years")));
	}

	@Test
	void aRefusedExportIs403LikeThePageNotAHeaderRow() throws Exception {
		for (String format : new String[] { "csv", "xlsx" }) {
			mvc.perform(get("/media/items/export." + format).param("unit", t.d2().code()).with(user(editor)))
				.andExpect(status().isForbidden())
				.andExpect(header().doesNotExist("Content-Disposition"));
			mvc.perform(get("/external/delegations/export." + format).param("unit", t.d2().code()).with(user(editor)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] { get("/login"),
				get("/media/items").with(user(editor)), get("/api/v1/figures").param("unit", "X").param("year", "2023") }) {
			mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
	}

	@Test
	void noTemplateHoldsAnInlineScriptOrEventHandler() throws Exception {
		var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
		java.util.regex.Pattern inlineScript = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
		java.util.regex.Pattern handler = java.util.regex.Pattern.compile("\\son[a-z]+\\s*=", java.util.regex.Pattern.CASE_INSENSITIVE);
		for (var template : resolver.getResources("classpath*:templates/**/*.html")) {
			String html = new String(template.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(inlineScript.matcher(html).find()).as(template.getFilename() + " has an inline script").isFalse();
			assertThat(handler.matcher(html).find()).as(template.getFilename() + " has an inline event handler").isFalse();
		}
	}
}

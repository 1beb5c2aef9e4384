package org.steerdesk.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The four media imports (spec §2): normalised URLs as keys, references, idempotence, scope. */
@SteerdeskTest
class MediaImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Items items;

	@Autowired
	Metrics metrics;

	@Autowired
	Shares shares;

	World.Tree t;

	String p;

	@BeforeEach
	void channels() {
		t = world.tree();
		p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,platform,unit_code\n%1$s-WEB,Trang,PORTAL,,%2$s\n%1$s-FB,FB,SOCIAL_ACCOUNT,FACEBOOK,%2$s\n"
			.formatted(t.prefix(), t.d1().code()));
	}

	ResultActions importCsv(String register, String csv, String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/imports/" + register).with(httpBasic(username, password)).header("Accept-Language", "en")
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void textWithQuotesCommasAndLineBreaksIsStoredAsWrittenThroughTheBulkPath() throws Exception {
		String title = "Hội nghị \"Đối ngoại\", 2023\nphần 2; \\N";
		String csv = "url,title,kind,published_at,channel_code,unit_code\n" + "https://%s.vn/q,\"%s\",NEWS,2023-01-05,%s-WEB,%s\n"
			.formatted(p, title.replace("\"", "\"\""), t.prefix(), t.d1().code());
		importCsv("media-items", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(1));
		Item item = items.byUrl("https://%s.vn/q".formatted(p)).orElseThrow();
		assertThat(item.title()).isEqualTo(title);
		assertThat(item.themes()).isEmpty();
	}

	@Test
	void aFileOfSeveralChunksIsReadAheadAndSavedWhole() throws Exception {
		int rows = org.steerdesk.imports.RecordImport.CHUNK * 2 + 7;
		StringBuilder csv = new StringBuilder("url,title,kind,published_at,channel_code,unit_code\n");
		for (int i = 0; i < rows; i++) {
			csv.append("https://%s.vn/c/%d,Tin %d,NEWS,2023-02-01,%s-WEB,%s\n".formatted(p, i, i, t.prefix(), t.d1().code()));
		}
		importCsv("media-items", csv.toString(), "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(rows));
		assertThat(items.byUrl("https://%s.vn/c/%d".formatted(p, rows - 1)).orElseThrow().title()).isEqualTo("Tin " + (rows - 1));
		// a bad row in the last chunk rolls back the chunks already written
		StringBuilder bad = new StringBuilder("url,title,kind,published_at,channel_code,unit_code\n");
		for (int i = 0; i < rows; i++) {
			bad.append("https://%s.vn/d/%d,Tin %d,%s,2023-02-01,%s-WEB,%s\n".formatted(p, i, i, i == rows - 1 ? "NOPE" : "NEWS",
					t.prefix(), t.d1().code()));
		}
		importCsv("media-items", bad.toString(), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].row").value(rows + 1));
		assertThat(items.byUrl("https://%s.vn/d/0".formatted(p))).isEmpty();
	}

	@Test
	void urlsAreNormalisedSoTheSameItemNeverAppearsTwice() throws Exception {
		String csv = "url,title,kind,published_at,channel_code,unit_code,themes\n"
				+ "HTTPS://%S.VN/Tin?utm_source=fb&id=1#top,Tiêu đề,NEWS,2023-01-05T09:30,%s-WEB,%s,Biên giới;Du lịch\n"
					.formatted(p.toUpperCase(), t.prefix(), t.d1().code());
		importCsv("media-items", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(1));
		Item item = items.byUrl("https://%s.vn/Tin?id=1".formatted(p)).orElseThrow();
		assertThat(item.url()).isEqualTo("https://%s.vn/Tin?id=1".formatted(p));
		assertThat(item.themes()).containsExactly("Biên giới", "Du lịch");
		String same = "url,title,kind,published_at,channel_code,unit_code,themes\n"
				+ "https://%s.vn/Tin?id=1&utm_medium=x,Tiêu đề,NEWS,2023-01-05T09:30:00+07:00,%s-WEB,%s,Biên giới;Du lịch\n"
					.formatted(p, t.prefix(), t.d1().code());
		importCsv("media-items", same, "admin", World.ADMIN_PASSWORD)
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(1));
	}

	@Test
	void twoRowsWithTheSameNormalisedUrlAreAnErrorNamingBoth() throws Exception {
		String csv = "url,title,kind,published_at,channel_code,unit_code\n"
				+ "https://%1$s.vn/a,A,NEWS,2023-01-05,%2$s-WEB,%3$s\nhttps://%1$s.VN/a#x,A,NEWS,2023-01-05,%2$s-WEB,%3$s\n"
					.formatted(p, t.prefix(), t.d1().code());
		importCsv("media-items", csv, "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("rows 2 and 3")));
	}

	@Test
	void everyBadCellIsReportedAndNothingWritten() throws Exception {
		String csv = """
				url,title,kind,published_at,channel_code,unit_code
				https://%1$s.vn/ok,Tốt,NEWS,2023-01-05,%2$s-WEB,%3$s
				not a url,Xấu,NEWS,2023-01-05,%2$s-WEB,%3$s
				https://%1$s.vn/k,Xấu,NOVEL,2023-13-45,NOPE,%3$s
				""".formatted(p, t.prefix(), t.d1().code());
		importCsv("media-items", csv, "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'url')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'kind')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'published_at')]").exists());
		assertThat(items.byUrl("https://%s.vn/ok".formatted(p))).isEmpty();
	}

	@Test
	void sharesNeedASocialAccountAndAKnownItem() throws Exception {
		String csv = """
				url,channel_code,shared_at,unit_code,item_url
				https://fb.com/%1$s/1,%2$s-WEB,2023-01-05,%3$s,
				https://fb.com/%1$s/2,%2$s-FB,2023-01-05,%3$s,https://%1$s.vn/missing
				""".formatted(p, t.prefix(), t.d1().code());
		importCsv("media-shares", csv, "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("channel_code"))
			.andExpect(jsonPath("$.errors[1].column").value("item_url"));
	}

	@Test
	void aShareIsCorrectedOnItsFormAndAStaleEditIsRefused() throws Exception {
		world.importCsv("media-shares", "url,channel_code,shared_at,unit_code\nhttps://fb.com/%s/e,%s-FB,2023-01-05T10:00,%s\n"
			.formatted(p, t.prefix(), t.d1().code()));
		Share share = shares.byUrl("https://fb.com/%s/e".formatted(p)).orElseThrow();
		mvc.perform(get("/media/shares/" + share.id() + "/edit").with(user("admin"))).andExpect(status().isOk());
		mvc.perform(post("/media/shares/" + share.id() + "/edit").with(user("admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("channelCode", t.prefix() + "-FB").param("sharedAt", "2023-01-06T11:00").param("unitCode", t.d1().code())
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(shares.byUrl(share.url()).orElseThrow().sharedOn()).hasToString("2023-01-06");
		mvc.perform(post("/media/shares/" + share.id() + "/edit").with(user("admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("channelCode", t.prefix() + "-FB").param("sharedAt", "2023-02-06T11:00").param("unitCode", t.d1().code())
			.param("version", "0")).andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
		assertThat(shares.byUrl(share.url()).orElseThrow().sharedOn()).hasToString("2023-01-06");
	}

	@Test
	void observationsAreAddedNeverOverwrittenAndReimportChangesNothing() throws Exception {
		world.importCsv("media-items", "url,title,kind,published_at,channel_code,unit_code\nhttps://%s.vn/o,O,VIDEO,2023-01-05,%s-WEB,%s\n"
			.formatted(p, t.prefix(), t.d1().code()));
		String csv = "target_url,metric,value,observed_at\nhttps://%1$s.vn/o,VIEWS,10,2023-02-01\nhttps://%1$s.vn/o,VIEWS,25,2023-03-01\n"
			.formatted(p);
		importCsv("media-metrics", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(2));
		importCsv("media-metrics", csv, "admin", World.ADMIN_PASSWORD).andExpect(jsonPath("$.unchanged").value(2));
		importCsv("media-metrics", "target_url,metric,value,observed_at\nhttps://%s.vn/o,VIEWS,40,2023-04-01\n".formatted(p), "admin",
				World.ADMIN_PASSWORD).andExpect(jsonPath("$.created").value(1));
		long id = items.byUrl("https://%s.vn/o".formatted(p)).orElseThrow().id();
		assertThat(metrics.history('I', id)).extracting(Observation::value).containsExactly(10L, 25L, 40L);
		importCsv("media-metrics", "target_url,metric,value,observed_at\nhttps://%s.vn/nothing,VIEWS,-1,2023-04-01\n".formatted(p),
				"admin", World.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.column == 'value')]").exists());
	}

	@Test
	void anEditorImportsOnlyForUnitsInScope() throws Exception {
		String editor = world.user("EDITOR", t.d2().code());
		String csv = "url,title,kind,published_at,channel_code,unit_code\nhttps://%s.vn/e,E,NEWS,2023-01-05,%s-WEB,%s\n"
			.formatted(p, t.prefix(), t.d1().code());
		importCsv("media-items", csv, editor, World.PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("unit_code"));
		mvc.perform(get("/media/items").param("unit", t.d1().code()).with(user(editor))).andExpect(status().isForbidden());
	}

	@Test
	void theListFiltersByTitleWithoutDiacriticsAndExportsInTheImportFormat() throws Exception {
		world.importCsv("media-items", """
				url,title,kind,published_at,channel_code,unit_code,themes
				https://%1$s.vn/1,Lễ hội Kỳ Lừa,NEWS,2023-01-05,%2$s-WEB,%3$s,Du lịch
				https://%1$s.vn/2,Hội nghị tổng kết,ARTICLE,2023-01-06,%2$s-WEB,%3$s,
				""".formatted(p, t.prefix(), t.d1().code()));
		mvc.perform(get("/media/items").param("unit", t.d1().code()).param("q", "le hoi ky lua").with(user("admin")))
			.andExpect(content().string(containsString("Lễ hội Kỳ Lừa")))
			.andExpect(content().string(containsString("id=\"items-total\">1<")));
		mvc.perform(get("/media/items").param("unit", t.d1().code()).param("theme", "Du lịch").with(user("admin")))
			.andExpect(content().string(containsString("id=\"items-total\">1<")));
		String exported = mvc.perform(get("/media/items/export.csv").param("unit", t.d1().code()).with(user("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("url,title,kind,published_at,channel_code,unit_code,themes").contains("Lễ hội Kỳ Lừa")
			.contains("Du lịch");
		importCsv("media-items", exported.replace("\uFEFF", ""), "admin", World.ADMIN_PASSWORD)
			.andExpect(jsonPath("$.unchanged").value(2));
	}

	@Test
	void csvExportsNeutraliseFormulasAndStillReimportUnchanged() throws Exception {
		world.importCsv("media-items", """
				url,title,kind,published_at,channel_code,unit_code,themes
				https://%1$s.vn/f1,"=HYPERLINK(""http://evil.example"",""Bấm"")",NEWS,2023-01-05,%2$s-WEB,%3$s,@SUM(1)
				https://%1$s.vn/f2,+84 tin mới,NEWS,2023-01-05,%2$s-WEB,%3$s,-chủ đề
				https://%1$s.vn/f3,'Tết' đến,NEWS,2023-01-05,%2$s-WEB,%3$s,
				""".formatted(p, t.prefix(), t.d1().code()));
		assertThat(items.byUrl("https://%s.vn/f1".formatted(p)).orElseThrow().title()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Bấm\")");
		String exported = mvc.perform(get("/media/items/export.csv").param("unit", t.d1().code()).with(user("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String line : exported.split("\r?\n")) {
			for (String cell : line.split(",")) {
				String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(unquoted).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-");
			}
		}
		assertThat(exported).contains("'=HYPERLINK").contains("'@SUM(1)").contains("'+84 tin mới").contains("'-chủ đề").contains("''Tết' đến");
		importCsv("media-items", exported.replace("\uFEFF", ""), "admin", World.ADMIN_PASSWORD)
			.andExpect(jsonPath("$.unchanged").value(3));
		assertThat(items.byUrl("https://%s.vn/f3".formatted(p)).orElseThrow().title()).isEqualTo("'Tết' đến");
	}
}

package org.steerdesk.media;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.FigureReport;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The media figures exactly as spec §3 defines them, with drill-downs that add up. */
@SteerdeskTest
class MediaFiguresTests {

	@Autowired
	World world;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	World.Tree t;

	String p;

	static final DateRange YEAR_2023 = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

	@BeforeEach
	void channels() {
		t = world.tree();
		p = t.prefix().toLowerCase();
		world.importCsv("media-channels", """
				code,name,type,platform,unit_code
				%1$s-WEB,Trang tin,PORTAL,,%2$s
				%1$s-FB,Fanpage,SOCIAL_ACCOUNT,FACEBOOK,%2$s
				%1$s-ZL,Zalo,SOCIAL_ACCOUNT,ZALO,%3$s
				""".formatted(t.prefix(), t.d1().code(), t.d2().code()));
	}

	long value(String key, String unit, DateRange range) {
		FigureReport report = figures.compute(unit, range, World.system(), Locale.ENGLISH);
		return report.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
	}

	ComputedFigure figure(String key, String unit, DateRange range) {
		return figures.compute(unit, range, World.system(), Locale.ENGLISH).figures().stream()
			.filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	void items(String rows) {
		world.importCsv("media-items", "url,title,kind,published_at,channel_code,unit_code\n" + rows);
	}

	@Test
	void mediaItemsCountsItemsOfTheScopeByPublishedDayWithKinds() {
		items("""
				https://%1$s.vn/a,Tin A,NEWS,2023-03-01T08:00,%2$s-WEB,%3$s
				https://%1$s.vn/b,Ảnh B,PHOTO,2023-05-01,%2$s-WEB,%4$s
				https://%1$s.vn/c,Tin C,NEWS,2024-01-01T08:00,%2$s-WEB,%3$s
				https://%1$s.vn/d,Tin D,NEWS,2023-03-01T08:00,%2$s-WEB,%5$s
				""".formatted(p, t.prefix(), t.d1().code(), t.c1().code(), t.province().code()));
		ComputedFigure items = figure("media.items", t.d1().code(), YEAR_2023);
		assertThat(items.value()).as("D1 and its commune, 2023 only, not the province's").isEqualTo(2);
		assertThat(items.breakdown().get("kind")).containsEntry("NEWS", 1L).containsEntry("PHOTO", 1L);
		assertThat(value("media.items", t.province().code(), YEAR_2023)).isEqualTo(3);
	}

	@Test
	void theDayIsTheProvincesLocalDay() {
		items("https://%s.vn/late,Tin,NEWS,2023-12-31T23:30:00+07:00,%s-WEB,%s\n".formatted(p, t.prefix(), t.d1().code())
				+ "https://%s.vn/utc,Tin,NEWS,2022-12-31T18:00:00Z,%s-WEB,%s\n".formatted(p, t.prefix(), t.d1().code()));
		assertThat(value("media.items", t.d1().code(), YEAR_2023)).as("23:30 on 31 Dec and 01:00 on 1 Jan local").isEqualTo(2);
	}

	@Test
	void recordsOfAUnitMergedIntoTheScopeCount() {
		items("https://%s.vn/m,Tin,NEWS,2023-05-01,%s-WEB,%s\n".formatted(p, t.prefix(), t.d2().code()));
		assertThat(value("media.items", t.d1().code(), YEAR_2023)).isZero();
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		assertThat(value("media.items", t.d1().code(), YEAR_2023)).isEqualTo(1);
	}

	@Test
	void mediaSharesCountsSharesBySharedDayWithPlatforms() {
		items("https://%s.vn/a,Tin A,NEWS,2023-03-01,%s-WEB,%s\n".formatted(p, t.prefix(), t.d1().code()));
		world.importCsv("media-shares", """
				url,channel_code,shared_at,unit_code,item_url
				https://fb.com/%1$s/1,%2$s-FB,2023-03-02T10:00,%3$s,https://%1$s.vn/a
				https://fb.com/%1$s/2,%2$s-FB,2023-04-02T10:00,%3$s,
				https://zalo.me/%1$s/3,%2$s-ZL,2023-04-02T10:00,%4$s,
				https://fb.com/%1$s/4,%2$s-FB,2022-12-31T10:00,%3$s,
				""".formatted(p, t.prefix(), t.d1().code(), t.d2().code()));
		ComputedFigure shares = figure("media.shares", t.province().code(), YEAR_2023);
		assertThat(shares.value()).isEqualTo(3);
		assertThat(shares.breakdown().get("platform")).containsEntry("FACEBOOK", 2L).containsEntry("ZALO", 1L);
		assertThat(value("media.shares", t.d1().code(), YEAR_2023)).isEqualTo(2);
	}

	/** Spec §3 worked example: observations 100 (25 Nov), 250 (31 Dec), 400 (5 Jan next year). */
	@Test
	void mediaViewsTakesTheLatestObservationOnOrBeforeTheLastDay() {
		items("https://%s.vn/v,Video,VIDEO,2023-11-20,%s-WEB,%s\n".formatted(p, t.prefix(), t.d1().code()));
		world.importCsv("media-metrics", """
				target_url,metric,value,observed_at
				https://%1$s.vn/v,VIEWS,100,2023-11-25
				https://%1$s.vn/v,VIEWS,250,2023-12-31T20:00
				https://%1$s.vn/v,VIEWS,400,2024-01-05
				https://%1$s.vn/v,REACTIONS,9999,2023-12-01
				""".formatted(p));
		assertThat(value("media.views", t.d1().code(), YEAR_2023)).isEqualTo(250);
		assertThat(value("media.views", t.d1().code(), new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 30))))
			.isEqualTo(100);
		assertThat(value("media.views", t.d1().code(), new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 24))))
			.as("the item, published 20 Nov, had no observation yet").isZero();
	}

	@Test
	void mediaViewsSumsItemsAndSharesAndATargetWithoutObservationCountsZero() {
		items("""
				https://%1$s.vn/x,Tin,NEWS,2023-02-01,%2$s-WEB,%3$s
				https://%1$s.vn/y,Tin,NEWS,2023-02-01,%2$s-WEB,%3$s
				https://%1$s.vn/z,Tin,NEWS,2023-02-01,%2$s-WEB,%4$s
				""".formatted(p, t.prefix(), t.d1().code(), t.province().code()));
		world.importCsv("media-shares", "url,channel_code,shared_at,unit_code\nhttps://fb.com/%s/s,%s-FB,2023-02-02,%s\n"
			.formatted(p, t.prefix(), t.d1().code()));
		world.importCsv("media-metrics", """
				target_url,metric,value,observed_at
				https://%1$s.vn/x,VIEWS,10,2023-03-01
				https://fb.com/%1$s/s,VIEWS,5,2023-03-01
				https://%1$s.vn/z,VIEWS,1000,2023-03-01
				""".formatted(p));
		assertThat(value("media.views", t.d1().code(), YEAR_2023)).as("x + the share; y has none; z is the province's").isEqualTo(15);
	}

	@Test
	void drillDownsListRowsThatAddUpToTheFigures() throws Exception {
		items("""
				https://%1$s.vn/a,Tin A,NEWS,2023-03-01,%2$s-WEB,%3$s
				https://%1$s.vn/b,Tin B,NEWS,2023-03-02,%2$s-WEB,%4$s
				""".formatted(p, t.prefix(), t.d1().code(), t.c1().code()));
		world.importCsv("media-metrics", "target_url,metric,value,observed_at\nhttps://%1$s.vn/a,VIEWS,70,2023-04-01\nhttps://%1$s.vn/b,VIEWS,30,2023-04-01\n"
			.formatted(p));
		ComputedFigure items = figure("media.items", t.d1().code(), YEAR_2023);
		ComputedFigure views = figure("media.views", t.d1().code(), YEAR_2023);
		assertThat(items.drillDown()).isEqualTo("/media/items?unit=%s&from=2023-01-01&to=2023-12-31".formatted(t.d1().code()));
		mvc.perform(get(items.drillDown()).with(user("admin")))
			.andExpect(content().string(containsString("id=\"items-total\">2<")))
			.andExpect(content().string(containsString("Tin A")))
			.andExpect(content().string(containsString("Tin B")));
		mvc.perform(get(views.drillDown()).with(user("admin")))
			.andExpect(content().string(containsString("id=\"views-total\">100<")));
	}

	@Test
	void anObservationBeyondTheBoundIsRefusedAndValuesAtTheBoundSumExactly() throws Exception {
		world.importCsv("media-items", """
				url,title,kind,published_at,channel_code,unit_code
				https://%1$s.vn/big1,A,VIDEO,2023-01-05,%2$s-WEB,%3$s
				https://%1$s.vn/big2,B,VIDEO,2023-01-05,%2$s-WEB,%3$s
				""".formatted(p, t.prefix(), t.d1().code()));
		String editor = world.user("EDITOR", t.d1().code());
		for (String value : new String[] { "9223372036854775807", "100000000001", "99999999999999999999999" }) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/imports/media-metrics")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(editor, World.PASSWORD))
				.header("Accept-Language", "en").contentType("text/csv")
				.content("target_url,metric,value,observed_at\nhttps://%1$s.vn/big1,VIEWS,%2$s,2023-02-01\nhttps://%1$s.vn/big2,VIEWS,%2$s,2023-02-01\n"
					.formatted(p, value)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableContent())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].column").value("value"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].message")
					.value(org.hamcrest.Matchers.containsString("at most 100,000,000,000")));
		}
		assertThat(value("media.views", t.d1().code(), YEAR_2023)).isZero();
		world.importCsv("media-metrics", "target_url,metric,value,observed_at\nhttps://%1$s.vn/big1,VIEWS,100000000000,2023-02-01\nhttps://%1$s.vn/big2,VIEWS,100000000000,2023-02-01\n"
			.formatted(p));
		assertThat(value("media.views", t.d1().code(), YEAR_2023)).isEqualTo(200_000_000_000L);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/figures")
			.param("unit", t.province().code()).param("year", "2023").param("window", "CALENDAR")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(editor, World.PASSWORD)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/media/views")
			.param("unit", t.d1().code()).param("from", "2023-01-01").param("to", "2023-12-31")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(editor)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}
}

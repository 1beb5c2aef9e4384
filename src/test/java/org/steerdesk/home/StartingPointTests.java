package org.steerdesk.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.ReportingWindow;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.external.Meetings;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Days;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;
import org.steerdesk.web.Formats;

/**
 * A newcomer's first minute: pages open on the user's own unit and the latest year with records,
 * units are found by name without diacritics, numbers and dates are written the page's way.
 */
@SteerdeskTest
class StartingPointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Units units;

	@Autowired
	Meetings meetings;

	@Autowired
	Formats formats;

	World.Tree t;

	@BeforeEach
	void tree() {
		t = world.tree();
	}

	private String page(String address, String username, String language) throws Exception {
		return mvc.perform(get(address).with(user(username)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aFewRecordsOfANewYearDoNotMoveTheStartAwayFromTheYearOfTheWork() throws Exception {
		String d1 = t.d1().code();
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%1$s-M1,2021-05-01,ONLINE,Quảng Tây,CN,Cửa khẩu,%2$s\n%1$s-M2,2021-06-01,IN_PERSON,Quảng Tây,CN,Du lịch,%2$s\n"
			.formatted(t.prefix(), d1));
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-D,IN,Đoàn Quảng Tây,STUDY,2021-03-01,2021-03-02,%s,CN:5\n"
			.formatted(t.prefix(), d1));
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-G,CONFERENCE,Hội nghị tổng kết,2021-12-10,%s\n".formatted(t.prefix(), d1));
		// two courses of the next year imported early
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code,participants\n%1$s-T1,Lớp một,STAFF,2022-01-10,2022-01-11,%2$s,10\n%1$s-T2,Lớp hai,STAFF,2022-01-12,2022-01-13,%2$s,12\n"
			.formatted(t.prefix(), d1));
		String viewer = world.user("VIEWER", d1);
		String home = page("/", viewer, "vi");
		assertThat(home).contains("năm báo cáo 2021");
		// the start page shows every register's figures, events and training included
		assertThat(home).contains("/gatherings").contains("/training");
	}

	@Test
	void theFiguresPageOpensOnTheUsersUnitAndTheLatestYearWithRecords() throws Exception {
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%s-M,2021-05-01,ONLINE,Quảng Tây,CN,Cửa khẩu,%s\n"
			.formatted(t.prefix(), t.c1().code()));
		String viewer = world.user("VIEWER", t.d1().code());
		String html = page("/figures", viewer, "vi");
		assertThat(html).contains("value=\"" + t.d1().code() + "\"").contains("value=\"2021\"");
		assertThat(html).contains("Số liệu của " + t.d1().nameVi() + " từ 15/12/2020 đến 14/12/2021");
		// a unit without records opens on the last completed year and says there is no data
		String other = world.user("VIEWER", t.d2().code());
		String empty = page("/figures", other, "en");
		assertThat(empty).contains("value=\"" + (ReportingWindow.DECREE_09.yearOf(ProvinceTime.today()) - 1) + "\"").contains("id=\"figures-empty\"")
			.contains("No data for " + t.d2().nameVi());
	}

	@Test
	void theHomePageShowsTheUsersYearAgainstTheYearBeforeAndTheNewestRecords() throws Exception {
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%s-M,2021-05-01,ONLINE,Quảng Tây,CN,Cửa khẩu biên giới,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		String viewer = world.user("VIEWER", t.d1().code());
		String html = page("/", viewer, "vi");
		assertThat(html).contains(t.d1().nameVi() + ": năm báo cáo 2021").contains("id=\"home-figures\"")
			.contains("Cửa khẩu biên giới").contains("Không có dữ liệu cho năm 2020.");
		// a viewer is not offered the imports
		assertThat(html).doesNotContain("href=\"/imports\"");
		// a register's list is headed with the unit it shows: the user's own, or the one filtered on
		assertThat(page("/external/meetings", viewer, "vi")).contains("<h1>Hội đàm, làm việc với đối tác nước ngoài — " + t.d1().nameVi() + "</h1>");
		assertThat(page("/media/items?unit=" + t.c1().code(), viewer, "vi")).contains(" — " + t.c1().nameVi() + "</h1>");
	}

	@Test
	void unitsAreFoundByNameWithoutDiacritics() throws Exception {
		assertThat(units.byCodeOrName("xa dong tam " + t.prefix().toLowerCase(Locale.ROOT))).map(u -> u.code()).contains(t.c1().code());
		assertThat(units.byCodeOrName(t.c1().code())).map(u -> u.code()).contains(t.c1().code());
		assertThat(units.byCodeOrName("Huyện " + t.prefix())).isEmpty(); // two districts match: no guess
		String editor = world.user("EDITOR", t.d1().code());
		String options = mvc.perform(get("/org/units/suggest").param("field", "unitCode").param("unitCode", "dong tam " + t.prefix())
			.with(user(editor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(options).contains("data-value=\"" + t.c1().code() + "\"").contains(t.c1().nameVi());
		// a form takes the unit by name, and a day written dd/MM/yyyy
		mvc.perform(post("/external/meetings/new").with(user(editor)).with(csrf()).param("code", t.prefix() + "-MN")
			.param("date", "05/01/2023").param("mode", "ONLINE").param("partner", "Quảng Tây").param("country", "CN")
			.param("topic", "Thương mại").param("unitCode", "xã đồng tâm " + t.prefix()))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.byCode(t.prefix() + "-MN")).hasValueSatisfying(m -> {
			assertThat(m.date()).isEqualTo(LocalDate.of(2023, 1, 5));
			assertThat(m.unitId()).isEqualTo(t.c1().id());
		});
		String shown = page("/external/meetings/" + t.prefix() + "-MN", editor, "vi");
		assertThat(shown).contains("05/01/2023");
		assertThat(page("/external/meetings/" + t.prefix() + "-MN", editor, "en")).contains("5 January 2023");
	}

	@Test
	void numbersAndDaysAreWrittenThePagesWay() throws Exception {
		try {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
			assertThat(formats.number(74112)).isEqualTo("74.112");
			assertThat(formats.date(LocalDate.of(2023, 1, 5))).isEqualTo("05/01/2023");
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(formats.number(74112)).isEqualTo("74,112");
			assertThat(formats.date(LocalDate.of(2023, 1, 5))).isEqualTo("5 January 2023");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		Days days = new Days();
		assertThat(days.parse("05/01/2023", Locale.ENGLISH)).isEqualTo(LocalDate.of(2023, 1, 5));
		assertThat(days.parse("5/1/2023", Locale.ENGLISH)).isEqualTo(LocalDate.of(2023, 1, 5));
		assertThat(days.parse("2023-01-05", Locale.ENGLISH)).isEqualTo(LocalDate.of(2023, 1, 5));
		for (String bad : new String[] { "31/02/2023", "05/01/23", "9223372036854775808", "x", "01/01/2023/1", "" }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> days.parse(bad, Locale.ENGLISH))
				.isInstanceOf(java.text.ParseException.class);
		}
	}
}

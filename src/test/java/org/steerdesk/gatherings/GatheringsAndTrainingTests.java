package org.steerdesk.gatherings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.figures.ComputedFigure;
import org.steerdesk.figures.Figures;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Gatherings and training: the spec's figures on the range's edges, merged units and units above, imports, bad input, pages. */
@SteerdeskTest
class GatheringsAndTrainingTests {

	static final DateRange YEAR_2023 = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

	@Autowired
	World world;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	World.Tree t;

	@BeforeEach
	void tree() {
		t = world.tree();
	}

	ComputedFigure figure(String key, String unit) {
		return figures.compute(unit, YEAR_2023, World.system(), Locale.ENGLISH).figures().stream()
			.filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void eventsCountByTheirStartWithinTheScope() {
		// D2 is merged into D1 in mid-2023: its events count for D1
		world.merge(t.d2().code(), LocalDate.of(2023, 6, 30), t.d1().code());
		world.importCsv("gatherings", """
				code,type,title,start,end,place,online,organiser_unit_code,participants,foreign_participants,promotes_image
				%1$s-1,CONFERENCE,Hội nghị tổng kết,2023-12-12T08:00,2023-12-12T11:30,Hội trường,false,%2$s,200,0,false
				%1$s-2,FESTIVAL,Lễ hội Kỳ Lừa,2023-01-01,,Lạng Sơn,,%3$s,5000,120,true
				%1$s-3,EXHIBITION,Triển lãm ảnh,2023-12-31,2024-01-05,,true,%4$s,,,true
				%1$s-4,SEMINAR,Năm sau,2024-01-01,,,,%2$s,10,,true
				%1$s-5,CEREMONY,Năm trước,2022-12-31,2023-01-02,,,%2$s,10,,true
				%1$s-6,SEMINAR,Của tỉnh,2023-05-05,,,,%5$s,10,,true
				""".formatted(t.prefix(), t.d1().code(), t.c1().code(), t.d2().code(), t.province().code()));
		ComputedFigure events = figure("gatherings.events", t.d1().code());
		// in: the first day and the last day of the range, a commune below, a merged unit, an event with no end day;
		// out: a start the day after or before the range (even if it ended inside it), the province above the scope
		assertThat(events.value()).isEqualTo(3);
		assertThat(events.breakdown().get("type")).isEqualTo(Map.of("CONFERENCE", 1L, "FESTIVAL", 1L, "EXHIBITION", 1L));
		assertThat(figure("gatherings.image_events", t.d1().code()).value()).isEqualTo(2);
		assertThat(figure("gatherings.events", t.province().code()).value()).isEqualTo(4);
		assertThat(events.drillDown()).startsWith("/gatherings?").contains("unit=" + t.d1().code());
	}

	@Test
	void theDrillDownListsTheRowsThatMakeTheFigure() throws Exception {
		world.importCsv("gatherings", """
				code,type,title,start,organiser_unit_code,promotes_image
				%1$s-1,FESTIVAL,Lễ hội Kỳ Lừa,2023-02-01,%2$s,true
				%1$s-2,CONFERENCE,Hội nghị,2023-03-01,%2$s,false
				""".formatted(t.prefix(), t.d1().code()));
		ComputedFigure image = figure("gatherings.image_events", t.d1().code());
		String html = mvc.perform(get(image.drillDown().replace("&amp;", "&")).with(user("admin").roles("ADMIN")).header("Accept-Language", "vi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"gatherings-total\">1<").contains("Lễ hội Kỳ Lừa").doesNotContain(t.prefix() + "-2");
		// words without diacritics
		String found = mvc.perform(get("/gatherings").param("unit", t.d1().code()).param("q", "ky lua").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("Lễ hội Kỳ Lừa");
		// the export reads back as the import format
		String csv = mvc.perform(get("/gatherings/export.csv").param("unit", t.d1().code()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("code,type,title,start,end,place,online,organiser_unit_code,participants,foreign_participants,promotes_image")
			.contains(t.prefix() + "-1,FESTIVAL,Lễ hội Kỳ Lừa,2023-02-01,,,false," + t.d1().code() + ",,,true");
	}

	@Test
	void coursesAndParticipantsCountByStartAndTargetGroup() {
		world.importCsv("trainings", """
				code,title,target_group,start_date,end_date,hours,organiser_unit_code,participants,completed
				%1$s-1,Bồi dưỡng chuyên gia,EXPERTS,2023-01-01,2023-01-03,24,%2$s,30,28
				%1$s-2,Tập huấn cộng tác viên,COLLABORATORS,2023-12-31,2024-01-02,16,%3$s,45,45
				%1$s-3,Lớp năm sau,ADVISERS,2024-01-01,2024-01-02,8,%2$s,10,10
				%1$s-4,Lớp của tỉnh,STAFF,2023-06-01,2023-06-02,8,%4$s,99,
				%1$s-5,Lớp chưa rõ số người,STAFF,2023-07-01,2023-07-01,,%2$s,,
				""".formatted(t.prefix(), t.d1().code(), t.c1().code(), t.province().code()));
		ComputedFigure courses = figure("training.courses", t.d1().code());
		assertThat(courses.value()).isEqualTo(3);
		assertThat(courses.breakdown().get("target_group")).isEqualTo(Map.of("EXPERTS", 1L, "COLLABORATORS", 1L, "STAFF", 1L));
		assertThat(figure("training.participants", t.d1().code()).value()).isEqualTo(75);
		assertThat(figure("training.participants", t.province().code()).value()).isEqualTo(174);
	}

	@Test
	void badInputIsRefusedWithItsReasonAndChangesNothing() throws Exception {
		String editor = world.user("EDITOR", t.d1().code());
		String csv = """
				code,title,target_group,start_date,end_date,organiser_unit_code,participants,completed
				%1$s-1,Lớp,EXPERTS,2023-01-05,2023-01-03,%2$s,30,31
				%1$s-2,Lớp,NOBODY,2023-01-01,2023-01-03,%3$s,-1,
				%1$s-3,Lớp tốt,STAFF,2023-01-01,2023-01-03,%2$s,10,9
				""".formatted(t.prefix(), t.d1().code(), t.d2().code());
		String answer = mvc.perform(post("/api/v1/imports/trainings").with(httpBasic(editor, World.PASSWORD)).header("Accept-Language", "en")
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("Completed cannot exceed participants (30)").contains("before")
			.contains("Staff (STAFF)").contains("negative");
		assertThat(mvc.perform(get("/training/" + t.prefix() + "-3").with(user(editor))).andReturn().getResponse().getStatus()).isEqualTo(404);
		// a form: the end before the start, an organiser out of the editor's scope, foreigners above all participants
		String form = mvc.perform(post("/gatherings/new").with(user(editor)).with(csrf()).header("Accept-Language", "vi")
			.param("code", t.prefix() + "-G").param("type", "CONFERENCE").param("title", "Hội nghị").param("start", "12/12/2023")
			.param("end", "11/12/2023").param("organiserUnitCode", t.d2().code()).param("participants", "10")
			.param("foreignParticipants", "11"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("id=\"end-error\"").contains("id=\"organiserUnitCode-error\"").contains("id=\"foreignParticipants-error\"");
		assertThat(mvc.perform(get("/gatherings/" + t.prefix() + "-G").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aFormSavesAnEventByNameAndDayAsUsersWriteThem() throws Exception {
		String editor = world.user("EDITOR", t.d1().code());
		mvc.perform(post("/gatherings/new").with(user(editor)).with(csrf()).param("code", t.prefix() + "-G").param("type", "CONFERENCE")
			.param("title", "Hội nghị tổng kết").param("start", "12/12/2022").param("startTime", "08:00")
			.param("organiserUnitCode", "xa dong tam " + t.prefix()).param("participants", "120").param("promotesImage", "true"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/gatherings/" + t.prefix() + "-G").with(user(editor)).header("Accept-Language", "vi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("12/12/2022 08:00").contains(t.c1().nameVi()).contains("120");
		// next year's conference starts from this one
		String copy = mvc.perform(get("/gatherings/new").param("from", t.prefix() + "-G").with(user(editor)).header("Accept-Language", "vi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(copy).contains("value=\"Hội nghị tổng kết\"").contains("value=\"12/12/2023\"").contains("value=\"08:00\"")
			.contains("value=\"" + t.c1().code() + "\"");
		assertThatThrownBy(() -> world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-X,PARTY,Tiệc,2023-01-01,%s\n"
			.formatted(t.prefix(), t.d1().code()))).hasMessageContaining("Conference (CONFERENCE)");
	}

	@Test
	void theListPagesByKeysetWithTheTotalOnEveryPage() throws Exception {
		StringBuilder csv = new StringBuilder("code,type,title,start,organiser_unit_code\n");
		for (int i = 1; i <= 60; i++) {
			csv.append("%s-%02d,MEETING,Họp số %d,2023-%02d-%02d,%s\n".formatted(t.prefix(), i, i, 1 + i % 12, 1 + i % 28, t.d1().code()));
		}
		world.importCsv("gatherings", csv.toString());
		String first = mvc.perform(get("/gatherings").param("unit", t.d1().code()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(first.split("href=\"/gatherings/" + t.prefix() + "-", -1)).hasSize(51);
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("after=([^&\"]+)").matcher(first);
		assertThat(next.find()).isTrue();
		String second = mvc.perform(get("/gatherings").param("unit", t.d1().code()).param("after",
				java.net.URLDecoder.decode(next.group(1), StandardCharsets.UTF_8)).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(second.split("href=\"/gatherings/" + t.prefix() + "-", -1)).hasSize(11);
		assertThat(second).contains("id=\"gatherings-total\">60<");
		String csvExport = mvc.perform(get("/gatherings/export.csv").param("unit", t.d1().code()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csvExport.lines()).hasSize(61);
	}

	@Test
	void aConferenceKeepsItsPeopleAsTheyWereItsAgendaAndItsConclusions() throws Exception {
		world.person(t.prefix() + "-CHAIR", "Hoàng Văn Nghiêm " + t.prefix(), t.d1().code());
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-TK,CONFERENCE,Hội nghị tổng kết,2022-12-12T08:00,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		String secretariat = world.user("SECRETARIAT", t.d1().code());
		String base = "/gatherings/" + t.prefix() + "-TK";
		mvc.perform(post(base + "/people").with(user(secretariat)).with(csrf()).param("person", "hoang van nghiem " + t.prefix())
			.param("role", "CHAIR")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/agenda").with(user(secretariat)).with(csrf()).param("time", "8:30").param("title", "Báo cáo tổng kết")
			.param("presenter", "Ban Thư ký")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/units").with(user(secretariat)).with(csrf()).param("unit", "xa dong tam " + t.prefix()))
			.andExpect(status().is3xxRedirection());
		var twice = mvc.perform(post(base + "/units").with(user(secretariat)).with(csrf()).param("unit", t.c1().code()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(twice.getFlashMap().get("unitsErrors")).asString().contains("đã có trong danh sách");
		mvc.perform(post(base + "/conclusions").with(user(secretariat)).with(csrf()).param("text", "Tăng cường đào tạo chuyên gia"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/conclusions").with(user(secretariat)).with(csrf()).param("text", "Đổi mới tuyên truyền"))
			.andExpect(status().is3xxRedirection());
		// a refused line says why on the page, and adds nothing
		var refused = mvc.perform(post(base + "/agenda").with(user(secretariat)).with(csrf()).param("time", "25:99").param("title", ""))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(refused.getFlashMap().get("agendaErrors")).asString().contains("Giờ không hợp lệ: \"25:99\"").contains("Bắt buộc");
		// the official's name changes later; the conference keeps it as it was
		world.person(t.prefix() + "-CHAIR", "Hoàng Văn Nghiêm Mới " + t.prefix(), t.d1().code());
		String page = mvc.perform(get(base).with(user(secretariat)).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"units-list\"").contains(t.c1().nameVi()).contains("Chủ trì").contains("Hoàng Văn Nghiêm " + t.prefix() + "<").contains("08:30").contains("Báo cáo tổng kết")
			.contains("Tăng cường đào tạo chuyên gia").contains("Đổi mới tuyên truyền");
		assertThat(page.indexOf("Tăng cường đào tạo")).isLessThan(page.indexOf("Đổi mới tuyên truyền"));
		// the official's page lists the event they chaired
		String person = mvc.perform(get("/org/people/" + t.prefix() + "-CHAIR").with(user(secretariat)).header("Accept-Language", "vi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(person).contains("Hội nghị tổng kết").contains("Chủ trì · Có mặt");
		// and the courses they took, with completion
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code,participants\n%s-L,Lớp chuyên gia,EXPERTS,2022-05-01,2022-05-03,%s,1\n"
			.formatted(t.prefix(), t.d1().code()));
		mvc.perform(post("/training/" + t.prefix() + "-L/participants").with(user(secretariat)).with(csrf()).param("person", t.prefix() + "-CHAIR"))
			.andExpect(status().is3xxRedirection());
		String course = mvc.perform(get("/training/" + t.prefix() + "-L").with(user(secretariat)).header("Accept-Language", "vi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("/participants/(\\d+)/completed").matcher(course);
		assertThat(id.find()).isTrue();
		mvc.perform(post("/training/" + t.prefix() + "-L/participants/" + id.group(1) + "/completed").with(user(secretariat)).with(csrf())
			.param("completed", "true")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/org/people/" + t.prefix() + "-CHAIR").with(user(secretariat)).header("Accept-Language", "vi"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Lớp chuyên gia").contains("Hoàn thành");
		// someone outside the unit's scope may not add anyone
		String outsider = world.user("SECRETARIAT", t.d2().code());
		mvc.perform(post(base + "/conclusions").with(user(outsider)).with(csrf()).param("text", "x")).andExpect(status().isForbidden());
	}
}

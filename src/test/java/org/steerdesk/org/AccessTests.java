package org.steerdesk.org;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roles hold on their unit's subtree: an EDITOR of one district cannot read or change another
 * district's records, in pages and API alike; a refusal is 403 with a reason.
 */
@SteerdeskTest
class AccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	People people;

	World.Tree t;

	String editorOfD1;

	@BeforeEach
	void setUp() {
		t = world.tree();
		world.person(t.prefix() + "-P1", "Cán bộ Một", t.d1().code());
		world.person(t.prefix() + "-P2", "Cán bộ Hai", t.d2().code());
		editorOfD1 = world.user("EDITOR", t.d1().code());
	}

	@Test
	void editorReadsOwnDistrictAndItsCommunes() throws Exception {
		mvc.perform(get("/org/units/" + t.d1().code()).with(user(editorOfD1))).andExpect(status().isOk());
		mvc.perform(get("/org/units/" + t.c1().code()).with(user(editorOfD1))).andExpect(status().isOk());
		mvc.perform(get("/org/people/" + t.prefix() + "-P1").with(user(editorOfD1))).andExpect(status().isOk());
	}

	@Test
	void editorCannotReadAnotherDistrictOrTheProvince() throws Exception {
		mvc.perform(get("/org/units/" + t.d2().code()).with(user(editorOfD1)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("403")));
		mvc.perform(get("/org/units/" + t.province().code()).with(user(editorOfD1))).andExpect(status().isForbidden());
		mvc.perform(get("/org/people/" + t.prefix() + "-P2").with(user(editorOfD1))).andExpect(status().isForbidden());
	}

	@Test
	void listsAndSearchShowOnlyTheScope() throws Exception {
		mvc.perform(get("/org/people").param("q", "can bo").with(user(editorOfD1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ Một")))
			.andExpect(content().string(not(containsString("Cán bộ Hai"))));
		mvc.perform(get("/org").with(user(editorOfD1)))
			.andExpect(content().string(containsString(t.d1().nameVi())))
			.andExpect(content().string(not(containsString(t.d2().nameVi()))));
	}

	@Test
	void editorCannotChangeAnotherDistrictsPersonInPages() throws Exception {
		mvc.perform(get("/org/people/" + t.prefix() + "-P2/edit").with(user(editorOfD1))).andExpect(status().isForbidden());
		mvc.perform(post("/org/people/" + t.prefix() + "-P2/edit").with(user(editorOfD1)).with(csrf())
			.param("fullName", "Đổi tên").param("unitCode", t.d2().code())).andExpect(status().isForbidden());
		assertThat(people.byCode(t.prefix() + "-P2").orElseThrow().fullName()).isEqualTo("Cán bộ Hai");
	}

	@Test
	void anEditFromAFormWithoutItsVersionIsRefusedAndChangesNothing() throws Exception {
		String before = people.byCode(t.prefix() + "-P1").orElseThrow().fullName();
		mvc.perform(post("/org/people/" + t.prefix() + "-P1/edit").with(user(editorOfD1)).with(csrf()).header("Accept-Language", "en")
			.param("fullName", "Tên mới không có phiên bản").param("unitCode", t.d1().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(people.byCode(t.prefix() + "-P1").orElseThrow().fullName()).isEqualTo(before);
		mvc.perform(post("/org/people/" + t.prefix() + "-P1/edit").with(user(editorOfD1)).with(csrf())
			.param("fullName", "Tên mới").param("unitCode", t.d1().code())
			.param("version", String.valueOf(people.byCode(t.prefix() + "-P1").orElseThrow().version())))
			.andExpect(status().is3xxRedirection());
		assertThat(people.byCode(t.prefix() + "-P1").orElseThrow().fullName()).isEqualTo("Tên mới");
	}

	@Test
	void editorCannotMoveOwnPersonIntoAnotherDistrict() throws Exception {
		mvc.perform(post("/org/people/" + t.prefix() + "-P1/edit").with(user(editorOfD1)).with(csrf())
			.param("fullName", "Cán bộ Một").param("unitCode", t.d2().code())
			.param("version", String.valueOf(people.byCode(t.prefix() + "-P1").orElseThrow().version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unitCode-error")));
		assertThat(people.byCode(t.prefix() + "-P1").orElseThrow().unitId()).isEqualTo(t.d1().id());
	}

	@Test
	void editorCannotImportAnotherDistrictsRecordsThroughTheApi() throws Exception {
		String csv = "code,full_name,unit_code\n%s-P3,Người Mới,%s\n".formatted(t.prefix(), t.d2().code());
		mvc.perform(post("/api/v1/imports/people").with(httpBasic(editorOfD1, World.PASSWORD))
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("unit_code"));
		assertThat(people.byCode(t.prefix() + "-P3")).isEmpty();
	}

	@Test
	void editorCannotImportUnitsAtAll() throws Exception {
		mvc.perform(post("/api/v1/imports/org-units").with(httpBasic(editorOfD1, World.PASSWORD))
			.contentType("text/csv").content("code,name_vi,kind\nX,Y,DISTRICT\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isForbidden());
	}

	@Test
	void editorCannotReadAnotherDistrictsFiguresThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/figures").param("unit", t.d2().code()).param("year", "2023")
			.with(httpBasic(editorOfD1, World.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2023")
			.with(httpBasic(editorOfD1, World.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void viewerMayReadButNotEdit() throws Exception {
		String viewer = world.user("VIEWER", t.province().code());
		mvc.perform(get("/org/units/" + t.d2().code()).with(user(viewer))).andExpect(status().isOk());
		mvc.perform(get("/org/people/" + t.prefix() + "-P2/edit").with(user(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/org/units/" + t.d2().code() + "/edit").with(user(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void nonAdministratorsAreRefusedAdministration() throws Exception {
		mvc.perform(get("/admin/users").with(user(editorOfD1).roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user(editorOfD1).roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users").with(httpBasic(editorOfD1, World.PASSWORD)).contentType("application/json")
			.content("{\"username\":\"x\",\"password\":\"0123456789\",\"displayName\":\"X\",\"roles\":[]}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void secretariatManagesUnitsOnlyWithinScope() throws Exception {
		String secretariat = world.user("SECRETARIAT", t.d1().code());
		mvc.perform(post("/org/units/new").with(user(secretariat)).with(csrf())
			.param("code", t.prefix() + "-NEW").param("nameVi", "Xã Mới").param("kind", "COMMUNE")
			.param("parentCode", t.d2().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("parentCode-error")));
		mvc.perform(post("/org/units/new").with(user(secretariat)).with(csrf())
			.param("code", t.prefix() + "-NEW").param("nameVi", "Xã Mới").param("kind", "COMMUNE")
			.param("parentCode", t.d1().code()))
			.andExpect(status().is3xxRedirection());
	}
}

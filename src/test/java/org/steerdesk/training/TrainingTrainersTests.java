package org.steerdesk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** A course's trainers: officials kept as they were, people from outside with their organisation, refusals with reasons. */
@SteerdeskTest
class TrainingTrainersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	World.Tree t;

	String course;

	String secretariat;

	@BeforeEach
	void course() {
		t = world.tree();
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code\n%s-L,Bồi dưỡng chuyên gia,EXPERTS,2022-05-01,2022-05-02,%s\n"
			.formatted(t.prefix(), t.d1().code()));
		course = "/training/" + t.prefix() + "-L";
		secretariat = world.user("SECRETARIAT", t.d1().code());
	}

	MvcResult add(String user, String official, String name, String position, String topic) throws Exception {
		var request = post(course + "/trainers").with(user(user)).with(csrf()).header("Accept-Language", "vi");
		if (official != null) {
			request.param("official", official);
		}
		if (name != null) {
			request.param("name", name);
		}
		if (position != null) {
			request.param("position", position);
		}
		if (topic != null) {
			request.param("topic", topic);
		}
		return mvc.perform(request).andReturn();
	}

	String page() throws Exception {
		return mvc.perform(get(course).with(user(secretariat)).header("Accept-Language", "vi")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aCourseNamesItsTrainersOfficialsAsTheyWereAndOutsidersWithTheirOrganisation() throws Exception {
		world.person(t.prefix() + "-GV", "Lương Thị Hạnh " + t.prefix(), t.d1().code());
		add(secretariat, "luong thi hanh " + t.prefix(), null, null, "Kỹ năng viết tin bài");
		add(secretariat, null, "Trần Bá Dung", "Giảng viên, Học viện Báo chí và Tuyên truyền", "Thông tin đối ngoại trên mạng xã hội");
		// the official's name changes later; the course keeps it as it was
		world.person(t.prefix() + "-GV", "Lương Thị Hạnh Mới " + t.prefix(), t.d1().code());
		String page = page();
		assertThat(page).contains("id=\"trainers-table\"").contains("Lương Thị Hạnh " + t.prefix() + "<").contains("Kỹ năng viết tin bài")
			.contains("Trần Bá Dung").contains("Học viện Báo chí và Tuyên truyền");
		// the official's page lists the course they taught
		assertThat(mvc.perform(get("/org/people/" + t.prefix() + "-GV").with(user(secretariat)).header("Accept-Language", "vi"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Lớp tập huấn đã giảng dạy")
			.contains("Bồi dưỡng chuyên gia");
		// removing one takes it off the page and is on the course's history
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("/trainers/(\\d+)/remove").matcher(page);
		assertThat(id.find()).isTrue();
		mvc.perform(post(course + "/trainers/" + id.group(1) + "/remove").with(user(secretariat)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page()).doesNotContain("Lương Thị Hạnh " + t.prefix() + "<").contains("Trần Bá Dung");
	}

	@Test
	void aTrainerIsOneOfTheTwoAndAnOutsiderNeedsAnOrganisation() throws Exception {
		assertThat(add(secretariat, null, null, null, null).getFlashMap().get("trainerErrors")).asString().contains("một trong hai");
		assertThat(add(secretariat, "ai đó " + t.prefix(), "Trần Bá Dung", "GV", null).getFlashMap().get("trainerErrors")).asString()
			.contains("một trong hai");
		assertThat(add(secretariat, null, "Trần Bá Dung", null, null).getFlashMap().get("trainerErrors")).asString().contains("Bắt buộc");
		assertThat(add(secretariat, "khong co ai " + t.prefix(), null, null, null).getFlashMap().get("trainerErrors")).asString()
			.contains("khong co ai");
		assertThat(add(secretariat, null, "x".repeat(201), "GV", null).getFlashMap().get("trainerErrors")).asString().contains("200");
		assertThat(page()).doesNotContain("id=\"trainers-table\"");
		// an editor of another district may not add one
		assertThat(add(world.user("EDITOR", t.d2().code()), null, "Trần Bá Dung", "GV", null).getResponse().getStatus()).isEqualTo(403);
		assertThat(page()).doesNotContain("id=\"trainers-table\"");
	}
}

package org.steerdesk.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every create and update is logged with who, when, and the state before and after. */
@SteerdeskTest
class AuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	AuditLog audit;

	@Test
	void editingAUnitLogsBeforeAndAfter() throws Exception {
		World.Tree t = world.tree();
		String secretariat = world.user("SECRETARIAT", t.province().code());
		mvc.perform(post("/org/units/" + t.d1().code() + "/edit").with(user(secretariat)).with(csrf())
			.param("nameVi", "Huyện Đổi Tên").param("kind", "DISTRICT").param("parentCode", t.province().code())
			.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		List<AuditEntry> entries = audit.find(new AuditFilter(null, "org-unit", t.d1().code(), null, null, null), 10);
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		AuditEntry update = entries.get(0);
		assertThat(update.username()).isEqualTo(secretariat);
		assertThat(update.before()).contains(t.d1().nameVi());
		assertThat(update.after()).contains("Huyện Đổi Tên");
	}

	@Test
	void aStaleEditIsRefusedNextToTheFormAndChangesNothing() throws Exception {
		World.Tree t = world.tree();
		String secretariat = world.user("SECRETARIAT", t.province().code());
		mvc.perform(post("/org/units/" + t.d2().code() + "/edit").with(user(secretariat)).with(csrf())
			.param("nameVi", "Lần một").param("kind", "DISTRICT").param("parentCode", t.province().code()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/org/units/" + t.d2().code() + "/edit").with(user(secretariat)).with(csrf())
			.param("nameVi", "Lần hai").param("kind", "DISTRICT").param("parentCode", t.province().code()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		mvc.perform(get("/org/units/" + t.d2().code()).with(user(secretariat))).andExpect(content().string(containsString("Lần một")));
	}

	@Test
	void importsAreLoggedAndTheAuditPageFiltersByRecord() throws Exception {
		World.Tree t = world.tree();
		mvc.perform(get("/admin/audit").param("type", "org-unit").param("key", t.c1().code()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(t.c1().code())));
	}

	@Test
	void invalidFormInputShowsTheMessageNextToTheFieldAndSavesNothing() throws Exception {
		World.Tree t = world.tree();
		String secretariat = world.user("SECRETARIAT", t.province().code());
		mvc.perform(post("/org/units/new").with(user(secretariat)).with(csrf()).header("Accept-Language", "en")
			.param("code", "bad code!").param("nameVi", "").param("kind", "").param("parentCode", t.province().code())
			.param("validFrom", "2024-05-01").param("validTo", "2024-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("id=\"nameVi-error\"")))
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("id=\"validTo-error\"")));
		mvc.perform(post("/org/units/new").with(user(secretariat)).with(csrf())
			.param("code", t.prefix() + "-X").param("nameVi", "Xã").param("kind", "COMMUNE").param("parentCode", t.d1().code())
			.param("validFrom", "not-a-date"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"validFrom-error\"")));
	}
}

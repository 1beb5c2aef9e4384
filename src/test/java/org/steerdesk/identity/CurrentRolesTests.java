package org.steerdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * Every check reads the actor's roles as they are now: a session that began as an administrator
 * opens no administrator's page once the role is gone; a change of roles ends the user's sessions
 * (in the database, so on every instance); guesses of the current password on the profile page
 * count with the sign-in's lockout.
 */
@SteerdeskTest
class CurrentRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void aSessionThatBeganAsAnAdministratorOpensNothingOfTheirsOnceDemoted() throws Exception {
		World.Tree t = world.tree();
		String former = world.user("VIEWER", t.province().code());
		// the session still says ADMIN (as a session signed in before the demotion would); the database says VIEWER
		mvc.perform(get("/admin/audit").with(user(former).roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user(former).roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user("admin").roles("VIEWER"))).andExpect(status().isOk());
	}

	@Test
	void aChangeOfRolesEndsTheUsersSessions() throws Exception {
		World.Tree t = world.tree();
		String name = world.user("SECRETARIAT", t.province().code());
		mvc.perform(formLogin().user(name).password(World.PASSWORD)).andExpect(status().is3xxRedirection());
		assertThat(sessions.findByPrincipalName(name)).isNotEmpty();
		UserAccount before = accounts.byUsername(name).orElseThrow();
		accounts.update(name, before.displayName(), List.of(new NewUser.RoleOnUnit("VIEWER", t.d1().code())), true, before.version(),
				World.system());
		assertThat(sessions.findByPrincipalName(name)).isEmpty();
	}

	@Test
	void guessesOfTheCurrentPasswordOnTheProfileCountWithTheSignInsLockout() throws Exception {
		World.Tree t = world.tree();
		String name = world.user("EDITOR", t.d1().code());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/profile/password").with(user(name)).with(csrf()).param("currentPassword", "guess-number-" + i)
				.param("newPassword", "a-brand-new-passphrase-9").param("confirmPassword", "a-brand-new-passphrase-9"))
				.andExpect(status().isOk());
		}
		assertThat(throttle.isLocked(name)).isTrue();
		String hash = accounts.passwordHash(name);
		// locked: even the right current password changes nothing now
		mvc.perform(post("/profile/password").with(user(name)).with(csrf()).param("currentPassword", World.PASSWORD)
			.param("newPassword", "a-brand-new-passphrase-9").param("confirmPassword", "a-brand-new-passphrase-9"));
		mvc.perform(formLogin().user(name).password(World.PASSWORD)).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?locked"));
		assertThat(accounts.passwordHash(name)).isEqualTo(hash);
		throttle.unlock(name);
	}
}

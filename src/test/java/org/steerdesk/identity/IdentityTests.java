package org.steerdesk.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Login, lockout, API tokens and user administration. */
@SteerdeskTest
class IdentityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	Passwords passwords;

	@Test
	void formLoginSucceedsWithTheRightPassword() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", World.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveFailedLoginsLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong"))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", World.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023").with(httpBasic(name, World.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void fortyParallelGuessesAreCheckedOneAfterAnotherAndOnlyFourArePasswordFailures() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
		try {
			java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int i = 0; i < 40; i++) {
				String password = i == 30 ? World.PASSWORD : "wrong-" + i;
				answers.add(pool.submit(() -> {
					start.await();
					var response = mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023")
						.header("Accept-Language", "en").with(httpBasic(name, password))).andReturn().getResponse();
					return response.getStatus() + " " + response.getContentAsString();
				}));
			}
			start.countDown();
			int wrong = 0;
			int locked = 0;
			for (var answer : answers) {
				String text = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
				if (text.startsWith("401") && text.contains("locked")) {
					locked++;
				}
				else if (text.startsWith("401")) {
					wrong++;
				}
			}
			// the right password may be checked before the fifth failure, and then resets the count
			assertThat(wrong + locked).isGreaterThanOrEqualTo(39);
			assertThat(wrong).isLessThanOrEqualTo(8);
			assertThat(locked).isGreaterThanOrEqualTo(31);
		}
		finally {
			pool.shutdownNow();
		}
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023").with(httpBasic(name, World.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theLockoutDoesNotRevealWhetherTheUserExists() throws Exception {
		String nobody = "ghost" + World.prefix().toLowerCase();
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", nobody).param("password", "wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", nobody).param("password", "wrong"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aPersonalApiTokenAuthenticatesAsBearerUntilRevoked() throws Exception {
		World.Tree t = world.tree();
		String name = world.user("VIEWER", t.d1().code());
		UserAccount account = accounts.byUsername(name).orElseThrow();
		String token = tokens.create(account.id(), name, "CI");
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2023")
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		long id = tokens.of(account.id()).get(0).id();
		tokens.revoke(account.id(), name, id);
		mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2023")
			.header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(token).startsWith("sd_");
	}

	@Test
	void profilePageCreatesATokenShownOnce() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		mvc.perform(post("/profile/tokens").with(user(name)).with(csrf()).param("name", "Báo cáo"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("new-token")));
		mvc.perform(get("/profile").with(user(name)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("new-token"))));
	}

	@Test
	void administratorsCreateUsersThroughTheApi() throws Exception {
		World.Tree t = world.tree();
		String name = "api" + t.prefix().toLowerCase();
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", World.ADMIN_PASSWORD)).contentType("application/json")
			.content("""
					{"username":"%s","password":"long-enough-password","displayName":"Lê Văn Api",
					 "roles":[{"role":"EDITOR","unitCode":"%s"},{"role":"VIEWER","unitCode":"%s"}]}"""
				.formatted(name, t.d1().code(), t.province().code())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.roles.length()").value(2));
		assertThat(accounts.actor(name).orElseThrow().grants()).hasSize(2);
	}

	@Test
	void invalidUsersAreRefusedWithProblemDetailsNamingTheFields() throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", World.ADMIN_PASSWORD)).header("Accept-Language", "en")
			.contentType("application/json")
			.content("{\"username\":\"admin\",\"password\":\"short\",\"displayName\":\"\",\"roles\":[{\"role\":\"KING\",\"unitCode\":\"NOPE\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[0].role')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[0].unitCode')]").exists());
	}

	@Test
	void aUserWhoMustChangeTheirPasswordIsSentToTheProfile() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		passwords.resetPassword(name, "reset-by-admin-1", World.system());
		mvc.perform(get("/org").with(user(name))).andExpect(redirectedUrl("/profile/password"));
		mvc.perform(post("/profile/password").with(user(name)).with(csrf()).param("currentPassword", "reset-by-admin-1")
			.param("newPassword", "my-own-password-1").param("confirmPassword", "my-own-password-1"))
			.andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/org").with(user(name))).andExpect(status().isOk());
	}

	@Test
	void unauthenticatedPagesRedirectToLoginAndApiAnswers401() throws Exception {
		mvc.perform(get("/org")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", World.ADMIN_PASSWORD))).andExpect(status().isOk());
	}

	/** Signs in through the login form and answers the session cookie. */
	jakarta.servlet.http.Cookie signIn(String name, String password) throws Exception {
		var response = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password))
			.andExpect(redirectedUrl("/")).andReturn().getResponse();
		return response.getCookie("SESSION");
	}

	@Test
	void changingThePasswordEndsEveryOtherSessionOfTheUser() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		jakarta.servlet.http.Cookie office = signIn(name, World.PASSWORD);
		jakarta.servlet.http.Cookie home = signIn(name, World.PASSWORD);
		assertThat(office).isNotNull();
		mvc.perform(get("/profile").cookie(home)).andExpect(status().isOk());
		mvc.perform(post("/profile/password").cookie(office).with(csrf()).param("currentPassword", World.PASSWORD)
			.param("newPassword", "a-new-password-2").param("confirmPassword", "a-new-password-2"))
			.andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/profile").cookie(office)).andExpect(status().isOk());
		mvc.perform(get("/profile").cookie(home)).andExpect(status().is3xxRedirection());
		// an administrator's reset ends them all
		jakarta.servlet.http.Cookie again = signIn(name, "a-new-password-2");
		passwords.resetPassword(name, "reset-by-admin-2", World.system());
		mvc.perform(get("/profile").cookie(again)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/profile").cookie(office)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theApiRefusesAUserWhoMustChangeTheirPassword() throws Exception {
		String name = world.user("VIEWER", world.tree().d1().code());
		passwords.resetPassword(name, "reset-by-admin-3", World.system());
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023").header("Accept-Language", "en")
			.with(httpBasic(name, "reset-by-admin-3")))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("change")));
	}

	@Test
	void weakOrOverlongPasswordsAreRefusedNamingThePasswordNever500() throws Exception {
		String unit = world.tree().d1().code();
		String[] refused = { "aaaaaaaaaa", "1234567890", "          ", "qwertyuiop", "password123", "nguoidung.moi1", "matkhau123",
				"a".repeat(40) + "đ".repeat(20), "x".repeat(10_000), "short" };
		for (String password : refused) {
			mvc.perform(post("/api/v1/users").with(httpBasic("admin", World.ADMIN_PASSWORD)).header("Accept-Language", "en")
				.contentType("application/json")
				.content("""
						{"username":"nguoidung.moi1","password":"%s","displayName":"Người Dùng Mới",
						 "roles":[{"role":"VIEWER","unitCode":"%s"}]}""".formatted(password, unit)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
		}
		assertThat(accounts.byUsername("nguoidung.moi1")).isEmpty();
		String name = world.user("VIEWER", unit);
		mvc.perform(post("/profile/password").with(user(name)).with(csrf()).header("Accept-Language", "en")
			.param("currentPassword", World.PASSWORD).param("newPassword", "1234567890").param("confirmPassword", "1234567890"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("too easy to guess")));
		String long73 = "Lạng Sơn ".repeat(9);
		mvc.perform(post("/profile/password").with(user(name)).with(csrf()).header("Accept-Language", "en")
			.param("currentPassword", World.PASSWORD).param("newPassword", long73).param("confirmPassword", long73))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("longer than 72 bytes")));
		mvc.perform(get("/api/v1/figures").param("unit", "X").param("year", "2023").with(httpBasic(name, "x".repeat(200))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void moreConcurrentTokenClientsThanPoolConnectionsAllComplete() throws Exception {
		World.Tree t = world.tree();
		String name = world.user("VIEWER", t.d1().code());
		String token = tokens.create(accounts.byUsername(name).orElseThrow().id(), name, "many clients");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(32);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 96; i++) {
				answers.add(pool.submit(() -> mvc.perform(get("/api/v1/figures").param("unit", t.d1().code()).param("year", "2023")
					.param("window", "CALENDAR").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()));
			}
			for (var answer : answers) {
				assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}

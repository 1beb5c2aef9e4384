package org.steerdesk.identity;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users yet) creates {@code admin} with {@code STEERDESK_ADMIN_PASSWORD},
 * or with a random password printed once to the log, to be changed at first login. ADMIN holds
 * on every unit, so the first administrator's grant names no unit (unit id 0).
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final SteerdeskProperties properties;

	FirstAdmin(Accounts accounts, SteerdeskProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.any()) {
			return;
		}
		String password = properties.adminPassword();
		boolean random = password == null || password.isBlank();
		if (random) {
			password = randomPassword();
		}
		try {
			accounts.createUnchecked(new NewUser("admin", password, "Quản trị hệ thống",
					List.of(new NewUser.RoleOnUnit("ADMIN", Accounts.ALL_UNITS))), "system", random, true);
		}
		catch (org.steerdesk.shared.InvalidRecordException e) {
			throw new IllegalStateException("STEERDESK_ADMIN_PASSWORD is refused by the password policy ("
					+ e.violations().list().get(0).code() + "): use at least 10 characters, at most 72 bytes, not a common "
					+ "password, a repeat, a sequence or the user name", e);
		}
		if (random) {
			log.warn("Created user 'admin' with the one-time password: {}  (change it at first login)", password);
		}
		else {
			log.info("Created user 'admin' with the password from STEERDESK_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}

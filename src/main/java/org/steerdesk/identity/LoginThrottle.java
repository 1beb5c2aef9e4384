package org.steerdesk.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login name for 15 minutes after 5 failed logins in a row. It counts by the name typed,
 * whether or not an account has it, so the lockout never tells which names exist.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isLocked(String username) {
		return jdbc.sql("SELECT locked_until FROM login_attempts WHERE username = ?")
			.param(key(username))
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.filter(until -> until != null && until.isAfter(now()))
			.isPresent();
	}

	/** Counts a failure; returns true when this failure locked the name. */
	public boolean failed(String username) {
		String key = key(username);
		int failures = jdbc.sql("SELECT failures FROM login_attempts WHERE username = ?").param(key).query(Integer.class)
			.optional().map(f -> f + 1).orElse(1);
		if (failures == 1) {
			jdbc.sql("DELETE FROM login_attempts WHERE username = ?").param(key).update();
			jdbc.sql("INSERT INTO login_attempts (username, failures) VALUES (?, 1)").param(key).update();
			return false;
		}
		boolean lock = failures >= MAX_FAILURES;
		jdbc.sql("UPDATE login_attempts SET failures = ?, locked_until = ? WHERE username = ?")
			.params(lock ? 0 : failures, lock ? now().plus(LOCK) : null, key)
			.update();
		return lock;
	}

	public void succeeded(String username) {
		jdbc.sql("DELETE FROM login_attempts WHERE username = ?").param(key(username)).update();
	}

	/** Lifts a lock (administrators). */
	public void unlock(String username) {
		succeeded(username);
	}

	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 64 ? key.substring(0, 64) : key;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}
}

package org.steerdesk.identity;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/** Passwords: a user changes their own, an administrator resets one; either ends the user's other sessions. */
@Service
@Transactional(readOnly = true)
public class Passwords {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserSessions sessions;

	private final AuditLog audit;

	private final LoginThrottle throttle;

	Passwords(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, UserSessions sessions, AuditLog audit, LoginThrottle throttle) {
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
	}

	/** Sets a new password for a user, by an administrator; the user must change it at next login. */
	@Transactional
	public void resetPassword(String username, String newPassword, Actor actor) {
		Accounts.requireAdmin(actor);
		Violations violations = new Violations();
		UserAccount user = accounts.byUsername(username).orElseThrow(() -> new org.steerdesk.shared.NotFoundException("User " + username));
		PasswordPolicy.check(newPassword, "password", violations, user.username(), user.displayName());
		violations.throwIfAny();
		set(username, newPassword, true);
		sessions.end(username, null);
		audit.record(actor.username(), AuditAction.UPDATE, Accounts.RECORD, username, null, Map.of("password", "reset"));
	}

	/**
	 * A user changes their own password, giving the current one. Every other session of the user
	 * ends; the one the change was made in ({@code currentSessionId}, may be null) goes on.
	 */
	@Transactional
	public void changeOwnPassword(String username, String current, String newPassword, String currentSessionId) {
		Violations violations = new Violations();
		// a guess of the current password counts with the sign-in's: the fifth wrong one in a row locks the name
		try {
			throttle.attempt(username, () -> {
				if (current == null || !passwords.matches(current, accounts.passwordHash(username))) {
					throw new org.springframework.security.authentication.BadCredentialsException("wrong current password");
				}
				return null;
			});
		}
		catch (org.springframework.security.authentication.LockedException e) {
			violations.add("currentPassword", "login.locked");
		}
		catch (org.springframework.security.authentication.BadCredentialsException e) {
			violations.add("currentPassword", "identity.password.wrongCurrent");
		}
		UserAccount user = accounts.byUsername(username).orElseThrow();
		PasswordPolicy.check(newPassword, "password", violations, user.username(), user.displayName());
		if (newPassword != null && newPassword.equals(current)) {
			violations.add("newPassword", "identity.password.same");
		}
		violations.throwIfAny();
		set(username, newPassword, false);
		sessions.end(username, currentSessionId);
		audit.record(username, AuditAction.UPDATE, Accounts.RECORD, username, null, Map.of("password", "changed"));
	}

	/** Stores the password's hash, and whether it must be changed at the next login. */
	private void set(String username, String newPassword, boolean mustChange) {
		jdbc.sql("UPDATE users SET password_hash = ?, must_change_password = ?, version = version + 1 WHERE username = ?")
			.params(passwords.encode(newPassword), mustChange, username)
			.update();
	}
}

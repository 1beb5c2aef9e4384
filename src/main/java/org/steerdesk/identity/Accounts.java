package org.steerdesk.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Grant;
import org.steerdesk.shared.Role;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** User accounts and their roles on org units. Managing other users is for administrators. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final String RECORD = "user";

	
	/** The unit code of an ADMIN grant that names no unit: ADMIN holds on every unit anyway. */
	public static final String ALL_UNITS = "*";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Units units;

	private final AuditLog audit;

	private final UserSessions sessions;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, Units units, AuditLog audit, UserSessions sessions) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.units = units;
		this.audit = audit;
	}

	public Optional<UserAccount> byUsername(String username) {
		return jdbc.sql("SELECT * FROM users WHERE username = ?")
			.param(username.toLowerCase(Locale.ROOT))
			.query(this::map)
			.optional();
	}

	/** Whether the user must change their password before going on (one small query, asked on every page). */
	public boolean mustChangePassword(String username) {
		return jdbc.sql("SELECT must_change_password FROM users WHERE username = ?")
			.param(username.toLowerCase(Locale.ROOT))
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public List<UserAccount> all() {
		return jdbc.sql("SELECT * FROM users ORDER BY username").query(this::map).list();
	}

	/** The actor behind a username, with its current grants; empty when unknown or disabled. */
	public Optional<Actor> actor(String username) {
		return byUsername(username).filter(UserAccount::enabled)
			.map(u -> new Actor(u.id(), u.username(), u.displayName(), u.grants()));
	}

	public boolean any() {
		return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() > 0;
	}

	/**
	 * Creates a user. Only administrators may.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each field at fault
	 */
	@Transactional
	public UserAccount create(NewUser user, Actor actor) {
		requireAdmin(actor);
		return createUnchecked(user, actor.username(), false, true);
	}

	/** Creates a user without an administrator; {@code checkStrength} false only for the demo's documented accounts. */
	@Transactional
	UserAccount createUnchecked(NewUser user, String by, boolean mustChangePassword, boolean checkStrength) {
		Violations violations = new Violations();
		String username = user.username() == null ? null : user.username().strip().toLowerCase(Locale.ROOT);
		if (username == null || username.isEmpty()) {
			violations.add("username", "validation.required");
		}
		else if (!USERNAME.matcher(username).matches()) {
			violations.add("username", "identity.username.format");
		}
		else if (byUsername(username).isPresent()) {
			violations.add("username", "identity.username.taken", username);
		}
		String displayName = VietnameseText.nfc(user.displayName());
		if (checkStrength) {
			PasswordPolicy.check(user.password(), "password", violations, username, displayName);
		}
		else if (user.password() == null || user.password().length() < PasswordPolicy.MIN_LENGTH) {
			violations.add("password", "identity.password.short", PasswordPolicy.MIN_LENGTH);
		}
		if (displayName == null) {
			violations.add("displayName", "validation.required");
		}
		List<Grant> grants = resolveGrants(user.roles(), violations);
		violations.throwIfAny();
		long id = org.steerdesk.shared.Sql.insert(jdbc, """
				INSERT INTO users (username, password_hash, display_name, must_change_password, created_at)
				VALUES (?, ?, ?, ?, ?)""", username, passwords.encode(user.password()), displayName, mustChangePassword,
				OffsetDateTime.now(ZoneOffset.UTC));
		writeGrants(id, grants);
		UserAccount created = byUsername(username).orElseThrow();
		audit.record(by, AuditAction.CREATE, RECORD, username, null, describe(created));
		return created;
	}

	/** Replaces a user's display name, roles and enabled flag. Administrators only. */
	@Transactional
	public void update(String username, String displayName, List<NewUser.RoleOnUnit> roles, boolean enabled,
			int expectedVersion, Actor actor) {
		requireAdmin(actor);
		UserAccount before = byUsername(username).orElseThrow(() -> new org.steerdesk.shared.NotFoundException("User " + username));
		Violations violations = new Violations();
		String name = VietnameseText.nfc(displayName);
		if (name == null) {
			violations.add("displayName", "validation.required");
		}
		List<Grant> grants = resolveGrants(roles, violations);
		if (before.username().equals(actor.username()) && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
			violations.add("roles", "identity.roles.keepOwnAdmin");
		}
		violations.throwIfAny();
		int updated = jdbc.sql("UPDATE users SET display_name = ?, enabled = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(name, enabled, before.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + username);
		}
		jdbc.sql("DELETE FROM user_roles WHERE user_id = ?").param(before.id()).update();
		writeGrants(before.id(), grants);
		// a role taken away or given takes effect at once on every instance: the user's sessions (in the database) end
		if (!enabled || !new java.util.HashSet<>(before.grants()).equals(new java.util.HashSet<>(grants))) {
			sessions.end(before.username(), null);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, username, describe(before),
				describe(byUsername(username).orElseThrow()));
	}

	private List<Grant> resolveGrants(List<NewUser.RoleOnUnit> roles, Violations violations) {
		List<Grant> grants = new ArrayList<>();
		if (roles == null) {
			return grants;
		}
		for (int i = 0; i < roles.size(); i++) {
			NewUser.RoleOnUnit r = roles.get(i);
			if (r == null || r.role() == null) {
				violations.add("roles[" + i + "].role", "validation.required");
				continue;
			}
			Role role = null;
			try {
				role = Role.valueOf(String.valueOf(r.role()).strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				violations.add("roles[" + i + "].role", "validation.oneOf", r.role(), "ADMIN, SECRETARIAT, EDITOR, VIEWER, JUDGE");
			}
			if (role == Role.ADMIN && ALL_UNITS.equals(r.unitCode())) {
				grants.add(new Grant(Role.ADMIN, 0));
				continue;
			}
			Optional<OrgUnit> unit = r.unitCode() == null ? Optional.empty() : units.byCodeOrName(r.unitCode());
			if (unit.isEmpty()) {
				violations.add("roles[" + i + "].unitCode", "validation.unknownCode", String.valueOf(r.unitCode()));
			}
			if (role != null && unit.isPresent()) {
				Grant grant = new Grant(role, unit.get().id());
				if (!grants.contains(grant)) {
					grants.add(grant);
				}
			}
		}
		return grants;
	}

	private void writeGrants(long userId, List<Grant> grants) {
		for (Grant grant : grants) {
			jdbc.sql("INSERT INTO user_roles (user_id, role, unit_id) VALUES (?, ?, ?)")
				.params(userId, grant.role().name(), grant.unitId())
				.update();
		}
	}

	static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new org.springframework.security.access.AccessDeniedException("error.access.admin");
		}
	}

	String passwordHash(String username) {
		return jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(username).query(String.class).single();
	}

	private Map<String, Object> describe(UserAccount u) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", u.username());
		state.put("display_name", u.displayName());
		state.put("enabled", u.enabled());
		state.put("roles", u.grants().stream().map(g -> g.role() + "@" + g.unitId()).toList());
		return state;
	}

	private UserAccount map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Grant> grants = jdbc.sql("SELECT role, unit_id FROM user_roles WHERE user_id = ? ORDER BY role, unit_id")
			.param(id)
			.query((r, n) -> new Grant(Role.valueOf(r.getString(1)), r.getLong(2)))
			.list();
		return new UserAccount(id, rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), grants,
				rs.getInt("version"));
	}
}

package org.steerdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Personal API tokens, used as {@code Authorization: Bearer <token>}. A token is shown once when
 * created; only its SHA-256 hash is stored.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	/** A token as its owner's profile lists it. */
	public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Creates a token for the user and returns it in clear, the only time it is available. */
	@Transactional
	public String create(long userId, String username, String name) {
		String label = VietnameseText.nfc(name);
		if (label == null) {
			new Violations().add("name", "validation.required").throwIfAny();
		}
		if (label.length() > 100) {
			new Violations().add("name", "validation.tooLong", 100).throwIfAny();
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "sd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(userId, label, hash(token), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		audit.record(username, AuditAction.CREATE, "api-token", username + "/" + label, null, Map.of("name", label));
		return token;
	}

	public List<TokenInfo> of(long userId) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id DESC")
			.param(userId)
			.query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("last_used_at", OffsetDateTime.class)),
					instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/** Revokes one of the user's own tokens. */
	@Transactional
	public void revoke(long userId, String username, long tokenId) {
		int n = jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(OffsetDateTime.now(ZoneOffset.UTC), tokenId, userId)
			.update();
		if (n > 0) {
			audit.record(username, AuditAction.UPDATE, "api-token", username + "/" + tokenId, null, Map.of("revoked", true));
		}
	}

	/** The username owning a valid (unrevoked) token, noting its use. */
	@Transactional
	public Optional<String> authenticate(String token) {
		String hash = hash(token);
		Optional<String> username = jdbc.sql("""
				SELECT u.username FROM api_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE""")
			.param(hash)
			.query(String.class)
			.optional();
		username.ifPresent(u -> jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), hash)
			.update());
		return username;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}
}

package org.steerdesk.identity;

import java.time.Instant;
import java.util.List;

import org.steerdesk.shared.Grant;

/** A user account as pages show it (never with its password hash). */
public record UserAccount(long id, String username, String displayName, boolean enabled, boolean mustChangePassword,
		Instant createdAt, List<Grant> grants, int version) {
}

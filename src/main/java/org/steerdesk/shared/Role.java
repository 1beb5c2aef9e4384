package org.steerdesk.shared;

/** What a user may do on the org unit a role is granted on, and on its whole subtree. */
public enum Role {
	ADMIN, SECRETARIAT, EDITOR, VIEWER, JUDGE
}

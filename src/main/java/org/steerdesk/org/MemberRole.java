package org.steerdesk.org;

/** A member's role in a committee (Trưởng ban, Phó Trưởng ban Thường trực, ...). */
public enum MemberRole {
	HEAD, STANDING_DEPUTY_HEAD, DEPUTY_HEAD, MEMBER, SECRETARY
}

package org.steerdesk.external;

/** The kind of a unit's partnership with a foreign partner (kết nghĩa, hợp tác, ...). */
public enum PartnershipKind {
	SISTER_LOCALITY, COOPERATION, OTHER
}

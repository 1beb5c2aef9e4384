package org.steerdesk.external;

/** What a foreign partner is. */
public enum PartnerKind {
	LOCALITY, GOVERNMENT, ORGANISATION, BUSINESS, OTHER
}

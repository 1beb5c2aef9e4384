package org.steerdesk.org;

/** What kind of body a unit is. */
public enum UnitKind {
	PROVINCE, DISTRICT, COMMUNE, AGENCY, PARTY_BODY, MEDIA_OUTLET
}

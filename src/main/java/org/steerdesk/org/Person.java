package org.steerdesk.org;

/** An official acting in a role (cán bộ); only what the committees' work needs is kept. */
public record Person(long id, String code, String fullName, String position, long unitId, int version) {
}

package org.steerdesk.external;

/** A named member of a delegation, recorded only when the user chooses to. */
public record DelegationPerson(long id, String fullName, String role, String nationality) {
}

package org.steerdesk.shared;

/** A role held on an org unit (and its subtree). */
public record Grant(Role role, long unitId) {
}

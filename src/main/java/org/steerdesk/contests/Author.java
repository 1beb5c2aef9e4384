package org.steerdesk.contests;

/** An author of an entry: named, with their unit (and the official, when one). */
public record Author(String name, Long unitId, Long personId) {
}

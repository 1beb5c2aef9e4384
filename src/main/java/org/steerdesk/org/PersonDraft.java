package org.steerdesk.org;

/** The editable content of a person, as in the {@code people} exchange format. */
public record PersonDraft(String code, String fullName, String position, String unitCode) {
}

package org.steerdesk.external;

/** The editable content of a partner. */
public record PartnerDraft(String code, String name, String nameVi, String country, PartnerKind kind, String contacts) {
}

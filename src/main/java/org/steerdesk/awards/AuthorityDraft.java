package org.steerdesk.awards;

/** What creating or changing an authority takes (spec §2 {@code award-authorities}, with its document symbol). */
public record AuthorityDraft(String code, String nameVi, String nameEn, String unitCode, String symbol) {
}

package org.steerdesk.org;

import java.time.LocalDate;

/** The editable content of a unit, as in the {@code org-units} exchange format. */
public record UnitDraft(String code, String nameVi, String nameEn, UnitKind kind, String parentCode,
		LocalDate validFrom, LocalDate validTo, String successorCode, Long sortOrder) {

	/** A unit without a place in the province's order (listed after those with one, by kind and name). */
	public UnitDraft(String code, String nameVi, String nameEn, UnitKind kind, String parentCode, LocalDate validFrom, LocalDate validTo,
			String successorCode) {
		this(code, nameVi, nameEn, kind, parentCode, validFrom, validTo, successorCode, null);
	}
}

package org.steerdesk.org;

import java.time.LocalDate;
import java.util.Locale;

/** An organisation unit (đơn vị); closed units keep their history and may name a successor. */
public record OrgUnit(long id, String code, String nameVi, String nameEn, UnitKind kind, Long parentId, String path,
		LocalDate validFrom, LocalDate validTo, Long successorId, int version, Integer sortOrder) {

	public OrgUnit(long id, String code, String nameVi, String nameEn, UnitKind kind, Long parentId, String path, LocalDate validFrom,
			LocalDate validTo, Long successorId, int version) {
		this(id, code, nameVi, nameEn, kind, parentId, path, validFrom, validTo, successorId, version, null);
	}

	/** The name in the given language, falling back to Vietnamese. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
	}

	public boolean isOpenOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean isClosed() {
		return validTo != null;
	}

	/** Depth in the tree, 0 for a root. */
	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}
}

package org.steerdesk.org;

import java.util.Locale;

import org.steerdesk.shared.ReportingWindow;

/** A steering committee (ban chỉ đạo) whose scope is a unit's subtree. */
public record Committee(long id, String code, String nameVi, String nameEn, long scopeUnitId,
		DocumentStyle documentStyle, ReportingWindow reportingWindow, String governingBodyVi, String symbol, int version) {

	/** The abbreviation in the committee's document numbers ("BCĐ" in "Số: 05/BC-BCĐ"): its symbol, else its code. */
	public String documentSymbol() {
		return symbol == null ? code : symbol;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
	}
}

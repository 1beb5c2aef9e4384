package org.steerdesk.awards;

import java.util.Locale;

/**
 * Who may award: the Chairman of the Provincial People's Committee, a committee, the head of a unit;
 * it belongs to a unit (the scope of recipients named without one) and signs its decisions with its
 * document symbol ({@code QĐ-UBND}).
 */
public record Authority(long id, String code, String nameVi, String nameEn, long unitId, String symbol, int version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
	}

	/** The symbol decisions are numbered with: its own, else "QĐ". */
	public String symbolOrDefault() {
		return symbol == null || symbol.isBlank() ? "QĐ" : symbol;
	}
}

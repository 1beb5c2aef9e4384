package org.steerdesk.figures;

import java.util.Locale;
import java.util.Map;

/**
 * A sentence a register writes from its figures' breakdowns for a review's narrative, named in a
 * template as {@code {key}} like a figure: "Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 11 cá
 * nhân; ...". It reads only the breakdowns given (a review's, frozen once issued), so an issued
 * review says what it said when issued.
 */
public interface FigurePhrase {

	/** The phrase's key in templates; never a figure's key. */
	String key();

	/**
	 * The sentence in the language, from the breakdowns of the period's figures (figure key →
	 * dimension → member → value); empty when the figures have nothing to say.
	 */
	String write(Map<String, Map<String, Map<String, Long>>> breakdowns, Locale locale);
}

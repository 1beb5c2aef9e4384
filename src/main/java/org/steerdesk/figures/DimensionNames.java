package org.steerdesk.figures;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The names of a breakdown's members where they are records' codes (an awarding authority's
 * code), as the register that owns them knows them; a register declares one bean per such
 * dimension, so the figures pages say "Chủ tịch UBND tỉnh: 9", never "LS-CT: 9".
 */
public interface DimensionNames {

	/** The breakdown's dimension these names are for ({@code authority}). */
	String dimension();

	/** The names of the given codes in the language, where known. */
	Map<String, String> names(Collection<String> codes, Locale locale);
}

package org.steerdesk.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A country or territory by its ISO 3166-1 alpha-2 code, named from the JDK's CLDR data in
 * Vietnamese or English. Territories such as TW, HK and MO are first-class; VN is Viet Nam.
 */
public record Country(String code) {

	public static final String VIET_NAM = "VN";

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** The country with this code (any case), or null when it is not an ISO 3166-1 alpha-2 code. */
	public static Country of(String code) {
		if (code == null) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return CODES.contains(upper) ? new Country(upper) : null;
	}

	/** The name in the given language (Vietnamese unless English is asked for). */
	public String name(Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VI;
		return new Locale("", code).getDisplayCountry(language);
	}

	public boolean isVietNam() {
		return VIET_NAM.equals(code);
	}

	/** Every country and territory, sorted by name in the given language. */
	public static List<Country> all(Locale locale) {
		Comparator<String> order = "en".equals(locale.getLanguage()) ? Comparator.naturalOrder() : VietnameseText.collation();
		return CODES.stream().map(Country::new).sorted(Comparator.comparing(c -> c.name(locale), order)).collect(Collectors.toList());
	}
}

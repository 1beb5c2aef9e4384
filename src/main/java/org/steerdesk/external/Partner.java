package org.steerdesk.external;

import java.util.Locale;

import org.steerdesk.shared.Country;

/** A foreign organisation or locality (đối tác nước ngoài). */
public record Partner(long id, String code, String name, String nameVi, Country country, PartnerKind kind, String contacts,
		int version) {

	public String name(Locale locale) {
		return "vi".equals(locale.getLanguage()) && nameVi != null ? nameVi : name;
	}
}

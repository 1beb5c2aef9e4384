package org.steerdesk.awards.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.steerdesk.awards.Authorities;
import org.steerdesk.figures.DimensionNames;

/** The figures' breakdown by awarding authority, named: the authority's name in the page's language. */
@Component
class AuthorityNames implements DimensionNames {

	private final Authorities authorities;

	AuthorityNames(Authorities authorities) {
		this.authorities = authorities;
	}

	@Override
	public String dimension() {
		return "authority";
	}

	@Override
	public Map<String, String> names(Collection<String> codes, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			authorities.byCode(code).ifPresent(a -> names.put(code, a.name(locale)));
		}
		return names;
	}
}

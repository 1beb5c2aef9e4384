package org.steerdesk.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;

import org.steerdesk.shared.Violations;

/**
 * URLs as the media register keys them (spec §2): scheme and host lower-cased, the fragment and
 * {@code utm_*} parameters removed; the rest is kept as written.
 */
public final class MediaUrls {

	private MediaUrls() {
	}

	/** A required URL cell or field, normalised; a violation (missing or not a URL) leaves null. */
	static String required(String raw, String field, Violations violations) {
		if (raw == null || raw.isBlank()) {
			violations.add(field, "validation.required");
			return null;
		}
		return optional(raw, field, violations);
	}

	/** An optional URL cell or field, normalised; empty is null, and text that is no URL a violation. */
	static String optional(String raw, String field, Violations violations) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String url = normalise(raw);
		if (url == null) {
			violations.add(field, "validation.url", raw);
		}
		return url;
	}

	/** The normalised URL, or null when the text is not an absolute http(s) URL. */
	public static String normalise(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(text.strip());
			String scheme = uri.getScheme();
			if (scheme == null || uri.getRawAuthority() == null) {
				return null;
			}
			scheme = scheme.toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				return null;
			}
			String authority = uri.getRawAuthority();
			int at = authority.lastIndexOf('@');
			String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
			String host = (at >= 0 ? authority.substring(at + 1) : authority).toLowerCase(Locale.ROOT);
			StringBuilder out = new StringBuilder(scheme).append("://").append(userInfo).append(host);
			out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
			String query = uri.getRawQuery();
			if (query != null) {
				StringJoiner kept = new StringJoiner("&");
				for (String parameter : query.split("&")) {
					if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
						kept.add(parameter);
					}
				}
				if (kept.length() > 0) {
					out.append('?').append(kept);
				}
			}
			return out.length() > 2048 ? null : out.toString();
		}
		catch (URISyntaxException e) {
			return null;
		}
	}
}

package org.steerdesk.external;

import java.util.Map;
import java.util.TreeMap;

import org.steerdesk.shared.Bounds;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.Violations;

/** A delegation's members by nationality, as written in the exchange format ({@code CN:5;KR:2;VN:1}). */
final class DelegationMembers {

	private DelegationMembers() {
	}

	/**
	 * Reads member counts written as {@code CN:5;KR:2;VN:1}: ISO 3166-1 alpha-2 codes, each once,
	 * each count a whole number ≥ 1. Violations name the field {@code members}.
	 */
	static Map<String, Integer> parse(String text, Violations violations) {
		Map<String, Integer> members = new TreeMap<>();
		if (text == null || text.isBlank()) {
			violations.add("members", "validation.required");
			return members;
		}
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split(":");
			if (pair.length != 2) {
				violations.add("members", "external.members.format", part.strip());
				continue;
			}
			Country country = Country.of(pair[0]);
			if (country == null) {
				violations.add("members", "external.members.country", pair[0].strip());
				continue;
			}
			int count;
			try {
				count = Integer.parseInt(pair[1].strip());
			}
			catch (NumberFormatException e) {
				violations.add("members", "external.members.count", part.strip());
				continue;
			}
			if (count < 1 || count > Bounds.MAX_MEMBERS) {
				violations.add("members", "external.members.count", part.strip(), Bounds.MAX_MEMBERS);
			}
			else if (members.putIfAbsent(country.code(), count) != null) {
				violations.add("members", "external.members.repeated", country.code());
			}
		}
		if (members.isEmpty() && !violations.has("members")) {
			violations.add("members", "validation.required");
		}
		return members;
	}

	static String text(Map<String, Integer> members) {
		StringBuilder out = new StringBuilder();
		members.forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append(':').append(v));
		return out.toString();
	}
}

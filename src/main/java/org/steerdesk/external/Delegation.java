package org.steerdesk.external;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A delegation (đoàn), incoming or outgoing: members counted by nationality
 * ({@code {"CN": 5, "VN": 1}}), the host (or sending) unit, purposes, dates, notes and results.
 */
public record Delegation(long id, String code, Direction direction, String name, String partner, Long partnerId,
		List<Purpose> purposes, LocalDate start, LocalDate end, long hostUnitId, Map<String, Integer> members,
		int foreignMembers, String notes, String results, int version) {

	/** The members as the exchange format writes them: {@code CN:5;VN:1}. */
	/** The members by nationality as a reader writes them: "Trung Quốc 5, Việt Nam 1" (largest first, then by name). */
	public String membersReadable(java.util.Locale locale) {
		StringBuilder out = new StringBuilder();
		members.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
				.thenComparing(e -> org.steerdesk.shared.Country.of(e.getKey()) == null ? e.getKey()
						: org.steerdesk.shared.Country.of(e.getKey()).name(locale)))
			.forEach(e -> {
				org.steerdesk.shared.Country country = org.steerdesk.shared.Country.of(e.getKey());
				out.append(out.isEmpty() ? "" : ", ")
					.append(country == null ? e.getKey() : country.name(locale))
					.append(' ')
					.append(java.text.NumberFormat.getIntegerInstance(locale).format(e.getValue()));
			});
		return out.toString();
	}

	public String membersText() {
		StringBuilder out = new StringBuilder();
		members.forEach((nationality, count) -> out.append(out.isEmpty() ? "" : ";").append(nationality).append(':').append(count));
		return out.toString();
	}
}

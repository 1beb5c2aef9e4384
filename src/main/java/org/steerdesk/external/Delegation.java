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
	public String membersText() {
		StringBuilder out = new StringBuilder();
		members.forEach((nationality, count) -> out.append(out.isEmpty() ? "" : ";").append(nationality).append(':').append(count));
		return out.toString();
	}
}

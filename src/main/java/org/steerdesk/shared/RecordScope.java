package org.steerdesk.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which records a register query covers: the units (null for every unit) and an inclusive range of
 * local days (either end may be open). Renders itself as SQL conditions with their parameters.
 */
public record RecordScope(Set<Long> unitIds, LocalDate from, LocalDate to) {

	/** Appends {@code AND ...} conditions on {@code alias.unit_id} and {@code alias.<dayColumn>}. */
	public void where(String alias, String dayColumn, StringBuilder sql, List<Object> params) {
		where(alias, "unit_id", dayColumn, sql, params);
	}

	public void where(String alias, String unitColumn, String dayColumn, StringBuilder sql, List<Object> params) {
		if (unitIds != null) {
			sql.append(" AND ").append(alias).append('.').append(unitColumn).append(" = ANY(?)");
			params.add(unitIds.toArray(Long[]::new));
		}
		if (from != null) {
			sql.append(" AND ").append(alias).append('.').append(dayColumn).append(" >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" AND ").append(alias).append('.').append(dayColumn).append(" <= ?");
			params.add(to);
		}
	}
}

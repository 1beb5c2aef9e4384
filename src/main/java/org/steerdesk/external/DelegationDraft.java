package org.steerdesk.external;

import java.time.LocalDate;
import java.util.List;

/** The editable content of a delegation, as in the {@code delegations} exchange format. */
public record DelegationDraft(String code, Direction direction, String name, String partner, List<Purpose> purposes,
		LocalDate start, LocalDate end, String hostUnitCode, String members, String notes, String results) {
}

package org.steerdesk.org;

import org.steerdesk.shared.ReportingWindow;

/** The editable content of a committee, as in the {@code committees} exchange format. */
public record CommitteeDraft(String code, String nameVi, String nameEn, String scopeUnitCode, DocumentStyle documentStyle,
		ReportingWindow reportingWindow, String governingBodyVi, String symbol) {
}

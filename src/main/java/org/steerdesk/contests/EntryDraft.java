package org.steerdesk.contests;

import java.time.OffsetDateTime;
import java.util.List;

/** What registering an entry takes (spec §4 {@code POST /api/v1/contests/{code}/entries}, with a category). */
public record EntryDraft(String code, String title, List<AuthorDraft> authors, String unitCode, OffsetDateTime submittedAt, String category) {

	/** An author as given: {@code {"name","unitCode"}}. */
	public record AuthorDraft(String name, String unitCode) {
	}
}

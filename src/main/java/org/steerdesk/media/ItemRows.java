package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.steerdesk.imports.ImportRow;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** An item's row rule: an import row read into a draft, and a draft's own checks, which need no database. */
final class ItemRows {

	private ItemRows() {
	}

	/**
	 * A draft's own checks, which need no database: its values as they are stored, but for the
	 * channel and unit, which are still codes. Imports run these on the pipeline's reading thread.
	 */
	record Checked(String url, String title, String titleKey, ItemKind kind, OffsetDateTime publishedAt, LocalDate day,
			String channelCode, String unitCode, String themes, Violations violations) {
	}

	/** Checks a draft's own values, adding violations to {@code violations} (which the result keeps). */
	static Checked check(ItemDraft draft, Violations violations) {
		String url = MediaUrls.required(draft.url(), "url", violations);
		String title = VietnameseText.nfc(draft.title());
		if (title == null) {
			violations.add("title", "validation.required");
		}
		else if (title.length() > 1000) {
			violations.add("title", "validation.tooLong", 1000);
		}
		if (draft.kind() == null) {
			violations.add("kind", "validation.required");
		}
		if (draft.publishedAt() == null) {
			violations.add("published_at", "validation.required");
		}
		return new Checked(url, title, title == null ? null : VietnameseText.searchKey(title), draft.kind(), draft.publishedAt(),
				draft.publishedAt() == null ? null : MediaText.localDay(draft.publishedAt()), draft.channelCode(), draft.unitCode(),
				MediaText.themes(draft.themes()), violations);
	}

	/** An import row read and checked as far as it can be without the database. */
	static Checked readChecked(ImportRow row, Violations violations) {
		ItemDraft draft = read(row, violations);
		return violations.isEmpty() ? check(draft, violations) : null;
	}

	/** Reads an import row into a draft, adding format violations. */
	static ItemDraft read(ImportRow row, Violations violations) {
		return new ItemDraft(row.text("url"), row.text("title"), row.enumValue("kind", ItemKind.class, "media.kind.", violations),
				row.dateTime("published_at", violations), row.text("channel_code"), row.text("unit_code"), row.list("themes"));
	}
}

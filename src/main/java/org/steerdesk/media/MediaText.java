package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.steerdesk.imports.ImportRow;
import org.steerdesk.shared.VietnameseText;

/** How media records store themes and days. */
final class MediaText {

	private MediaText() {
	}

	/** Themes stored as {@code ;a;b;} (NFC, de-duplicated), so that one theme is a LIKE '%;a;%' away; null when none. */
	static String themes(List<String> themes) {
		if (themes == null || themes.isEmpty()) {
			return null;
		}
		List<String> clean = themes.stream().map(VietnameseText::nfc).filter(t -> t != null).distinct().toList();
		return clean.isEmpty() ? null : ";" + String.join(";", clean) + ";";
	}

	static List<String> themeList(String stored) {
		if (stored == null) {
			return List.of();
		}
		return Arrays.stream(stored.split(";")).filter(s -> !s.isEmpty()).toList();
	}

	/** The day in the province's local time on which a moment falls: the day figures count it by. */
	static LocalDate localDay(OffsetDateTime at) {
		return at.atZoneSameInstant(ImportRow.LOCAL_TIME).toLocalDate();
	}
}

package org.steerdesk.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.shared.VietnameseText;

/** How media records store themes and days, and look records up by URL. */
final class MediaText {

	/** How many URLs one lookup takes. */
	static final int CHUNK = 5000;

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

	/**
	 * Runs a lookup for the keys a chunk at a time. Each chunk is one array parameter
	 * ({@code url = ANY(?)}): one statement shape whatever the chunk's size, which PostgreSQL plans
	 * as an index lookup even while the table grows inside an import's transaction (a cached
	 * generic plan for {@code IN (?, ?, ...)} over a young table was a sequential scan).
	 */
	static void inChunks(Collection<String> keys, Consumer<List<String>> lookup) {
		List<String> list = new ArrayList<>(keys);
		for (int from = 0; from < list.size(); from += CHUNK) {
			lookup.accept(list.subList(from, Math.min(list.size(), from + CHUNK)));
		}
	}

	/**
	 * Items or shares ({@code table} with its {@code dayColumn}) by normalised URL, as
	 * {id, unit id, epoch day}: what shares and observations need of the record they point at.
	 */
	static Map<String, long[]> targets(JdbcClient jdbc, String table, String dayColumn, Collection<String> urls) {
		Map<String, long[]> found = new HashMap<>();
		inChunks(urls, chunk -> jdbc.sql("SELECT url, id, unit_id, " + dayColumn + " FROM " + table + " WHERE url = ANY(?)")
			.param(chunk.toArray(new String[0]))
			.query((rs, n) -> found.put(rs.getString(1),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class).toEpochDay() }))
			.list());
		return found;
	}

	/** Whole records of {@code table} by normalised URL, a chunk at a time. */
	static <T> Map<String, T> byUrl(JdbcClient jdbc, String table, RowMapper<T> mapper, Function<T, String> url, Collection<String> urls) {
		Map<String, T> found = new HashMap<>();
		inChunks(urls, chunk -> jdbc.sql("SELECT * FROM " + table + " WHERE url = ANY(?)")
			.param(chunk.toArray(new String[0]))
			.query(mapper)
			.list()
			.forEach(record -> found.put(url.apply(record), record)));
		return found;
	}

	/** The day in the province's local time on which a moment falls: the day figures count it by. */
	static LocalDate localDay(OffsetDateTime at) {
		return ProvinceTime.day(at);
	}
}

package org.steerdesk.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The position of a list's page, for lists ordered newest first by a sort column and then by id:
 * the next page is the rows after the last one shown, {@code (sort, id) < (?, ?)}, found through
 * an index however deep the page. The cursor ({@code after}) is signed and carries the list's
 * total, so that only the first page counts the list; a cursor this process did not write is a
 * position only, and the total is counted again.
 */
public final class Keyset {

	private final PageCursor.Opened cursor;

	private Keyset(PageCursor.Opened cursor) {
		this.cursor = cursor;
	}

	/** The page after the cursor {@code after} (the first page when it is empty). */
	public static Keyset after(String after) {
		return new Keyset(after == null || after.isBlank() ? null : PageCursor.open(after, 3, "after"));
	}

	/**
	 * The condition that starts the page after the cursor (empty on the first page), its values
	 * added to {@code params}; {@code sortValue} reads the sort column's value from the cursor's text.
	 */
	public String condition(String sortColumn, String idColumn, Function<String, Object> sortValue, List<Object> params) {
		if (cursor == null) {
			return "";
		}
		try {
			params.add(sortValue.apply(cursor.parts()[0]));
			params.add(Long.parseLong(cursor.parts()[1]));
		}
		catch (RuntimeException e) {
			throw RefusedRequestException.badParameter("after");
		}
		return " AND (" + sortColumn + ", " + idColumn + ") < (?, ?)";
	}

	/** The total carried by the cursor, or null when the list must be counted (first page, or a cursor not ours). */
	public Long carriedTotal() {
		if (cursor == null || !cursor.signed()) {
			return null;
		}
		try {
			return Long.valueOf(cursor.parts()[2]);
		}
		catch (NumberFormatException e) {
			throw RefusedRequestException.badParameter("after");
		}
	}

	/**
	 * The page of {@code size} rows from rows fetched with one more than {@code size} (the extra
	 * row tells that a next page exists).
	 */
	public static <T> Page<T> page(List<T> fetched, int size, long total, Function<T, Object> sort, ToLongFunction<T> id) {
		if (fetched.size() <= size) {
			return new Page<>(fetched, null, total);
		}
		List<T> rows = fetched.subList(0, size);
		T last = rows.get(size - 1);
		return new Page<>(List.copyOf(rows), PageCursor.write(sort.apply(last), id.applyAsLong(last), total), total);
	}
}

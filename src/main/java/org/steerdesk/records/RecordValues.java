package org.steerdesk.records;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.steerdesk.shared.Codes;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * A record's values as a draft fills them, checked by their column's declaration: text NFC-normalised
 * and trimmed (empty is null), codes in the code alphabet, lengths, required values; each
 * violation names the column's field. A register adds its own checks to {@link #violations()}.
 */
public final class RecordValues {

	private final RecordTable table;

	private final Map<String, Object> values = new HashMap<>();

	private final Violations violations = new Violations();

	RecordValues(RecordTable table) {
		this.table = table;
	}

	/** Sets a text or code column from what was typed or imported; returns the value as stored (null when empty). */
	public String text(String column, String raw) {
		Column c = table.column(column);
		String value = VietnameseText.nfc(raw);
		if (value != null && c.type() == Column.Type.CODE && !Codes.isValid(value)) {
			violations.add(c.field(), "validation.code");
		}
		else if (value != null && c.maxLength() > 0 && value.length() > c.maxLength()) {
			if (c.auditKey() == null) {
				// a derived text (a search key) is cut, never refused
				value = value.substring(0, c.maxLength());
			}
			else {
				violations.add(c.field(), "validation.tooLong", c.maxLength());
			}
		}
		set(c, value);
		return value;
	}

	/**
	 * Sets a search key column from the record's words: lower case, without diacritics ("đ" as "d"),
	 * single spaces, so that a search typed with or without diacritics finds the record.
	 */
	public void searchKey(String column, String... words) {
		StringBuilder key = new StringBuilder();
		for (String word : words) {
			if (word != null && !word.isBlank()) {
				key.append(key.isEmpty() ? "" : " ").append(VietnameseText.searchKey(word));
			}
		}
		text(column, key.toString());
	}

	/**
	 * Sets a number column holding a count (people, hours): a whole number from 0 to {@code max};
	 * returns it, or null with the field's violation when it is out of range (or empty).
	 */
	public Long count(String column, Long value, long max) {
		Column c = table.column(column);
		if (value != null && value < 0) {
			violations.add(c.field(), "validation.notNegative", value);
			value = null;
		}
		else if (value != null && value > max) {
			violations.add(c.field(), "validation.atMost", value, max);
			value = null;
		}
		set(c, value);
		return value;
	}

	/** Sets a column's value: a date, a number, a flag, or an enum (stored by its name). */
	public void put(String column, Object value) {
		Column c = table.column(column);
		if (c.type() == Column.Type.TEXT || c.type() == Column.Type.CODE) {
			text(column, value instanceof Enum<?> e ? e.name() : (String) value);
			return;
		}
		set(c, value);
	}

	private void set(Column c, Object value) {
		if (value == null && c.needed() && !violations.has(c.field())) {
			violations.add(c.field(), "validation.required");
		}
		values.put(c.name(), value);
	}

	/** The violations so far; the register adds its own. */
	public Violations violations() {
		return violations;
	}

	/** Throws with every violation found, if any. */
	public void throwIfAny() {
		violations.throwIfAny();
	}

	/** The record's key as stored. */
	public String key() {
		return String.valueOf(values.get(table.key().name()));
	}

	RecordTable table() {
		return table;
	}

	/** The values in the table's column order (unset columns as null). */
	Object[] row() {
		return table.columns().stream().map(c -> values.get(c.name())).toArray();
	}

	/** The audited values by audit key, dates as text. */
	Map<String, Object> audited() {
		Map<String, Object> state = new LinkedHashMap<>();
		for (Column c : table.columns()) {
			if (c.auditKey() != null) {
				state.put(c.auditKey(), Records.plain(values.get(c.name())));
			}
		}
		return state;
	}
}

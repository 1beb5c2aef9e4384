package org.steerdesk.records;

/**
 * A column of a register's table as the kit writes it.
 * @param name the column in the database
 * @param field the field that a violation names (the import column or form field)
 * @param auditKey the name it has in the audit entry's before and after; null when it is derived (not compared, not audited)
 * @param type how its value is checked and read back
 * @param maxLength the most characters of a text, else 0
 * @param needed whether a value is needed
 */
public record Column(String name, String field, String auditKey, Type type, int maxLength, boolean needed) {

	/** How a column's value is checked and read back. */
	public enum Type {
		/** A record's code: letters, digits, {@code _ . -}, at most 64. */
		CODE,
		/** Text, NFC-normalised and trimmed, empty as null. */
		TEXT,
		DATE,
		/** A number (or the id of a referenced record). */
		NUMBER,
		FLAG
	}

	public static Column code(String name) {
		return new Column(name, name, name, Type.CODE, 64, true);
	}

	public static Column text(String name, int maxLength) {
		return new Column(name, name, name, Type.TEXT, maxLength, false);
	}

	public static Column date(String name) {
		return new Column(name, name, name, Type.DATE, 0, false);
	}

	public static Column number(String name) {
		return new Column(name, name, name, Type.NUMBER, 0, false);
	}

	public static Column flag(String name) {
		return new Column(name, name, name, Type.FLAG, 0, false);
	}

	/** A value is needed. */
	public Column required() {
		return new Column(name, field, auditKey, type, maxLength, true);
	}

	/** Named so in violations and in the audit entry (e.g. column {@code meeting_date} as {@code date}). */
	public Column as(String name) {
		return new Column(this.name, name, name, type, maxLength, needed);
	}

	/** Named so in violations only (e.g. column {@code unit_id} is filled from the field {@code unit_code}). */
	public Column field(String field) {
		return new Column(name, field, auditKey, type, maxLength, needed);
	}

	/** Written from the others (a search key, a resolved id): neither compared nor audited. */
	public Column derived() {
		return new Column(name, field, null, type, maxLength, false);
	}
}

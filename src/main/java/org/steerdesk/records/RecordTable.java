package org.steerdesk.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register's table as its records are written, declared once: the table, the record type its
 * audit entries carry, the key column, and the columns a draft fills. The table has an identity
 * {@code id} and a {@code version} column besides.
 * <pre>
 * static final RecordTable TABLE = RecordTable.of("people", "person",
 *         Column.code("code"), Column.text("full_name", 500).required(), Column.text("position", 500),
 *         Column.number("unit_id").field("unit_code").required(), Column.text("search_key", 4000).derived());
 * </pre>
 */
public final class RecordTable {

	private final String table;

	private final String recordType;

	private final Column key;

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final String insert;

	private final String update;

	private RecordTable(String table, String recordType, Column... columns) {
		this.table = table;
		this.recordType = recordType;
		for (Column column : columns) {
			this.columns.put(column.name(), column);
		}
		this.key = columns[0];
		List<String> names = new ArrayList<>(this.columns.keySet());
		this.insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
		List<String> sets = names.subList(1, names.size()).stream().map(n -> n + " = ?").toList();
		this.update = "UPDATE " + table + " SET " + String.join(", ", sets) + ", version = version + 1 WHERE id = ? AND version = ?";
	}

	/** A table whose first column is the record's key. */
	public static RecordTable of(String table, String recordType, Column... columns) {
		return new RecordTable(table, recordType, columns);
	}

	/** An empty set of values to fill from a draft. */
	public RecordValues values() {
		return new RecordValues(this);
	}

	/** The table's name. */
	public String name() {
		return table;
	}

	public String recordType() {
		return recordType;
	}

	public Column key() {
		return key;
	}

	Column column(String name) {
		Column column = columns.get(name);
		if (column == null) {
			throw new IllegalArgumentException(table + " has no column " + name);
		}
		return column;
	}

	List<Column> columns() {
		return List.copyOf(columns.values());
	}

	String insertSql() {
		return insert;
	}

	String updateSql() {
		return update;
	}

	String selectByKeySql() {
		return "SELECT * FROM " + table + " WHERE " + key.name() + " = ?";
	}
}

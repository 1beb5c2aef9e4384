package org.steerdesk.imports;

/**
 * A column of a register's exchange format. {@code values} lists the allowed values or the format
 * (for the template's guide), or is null.
 */
public record ImportColumn(String name, boolean required, String values) {

	public static ImportColumn required(String name) {
		return new ImportColumn(name, true, null);
	}

	public static ImportColumn optional(String name) {
		return new ImportColumn(name, false, null);
	}

	public ImportColumn values(String values) {
		return new ImportColumn(name, required, values);
	}

	/** Allowed values of an enum, separated as the spec writes them. */
	public ImportColumn values(Class<? extends Enum<?>> type) {
		StringBuilder out = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			out.append(out.isEmpty() ? "" : " | ").append(constant.name());
		}
		return values(out.toString());
	}
}

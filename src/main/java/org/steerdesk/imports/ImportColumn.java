package org.steerdesk.imports;

/**
 * A column of a register's exchange format. {@code values} lists the allowed values or the format
 * (for the template's guide), or is null; {@code labelPrefix}, for allowed values that are codes,
 * is where their labels are (the guide lists each code with its label, and imports take either).
 */
public record ImportColumn(String name, boolean required, String values, String labelPrefix) {

	public static ImportColumn required(String name) {
		return new ImportColumn(name, true, null, null);
	}

	public static ImportColumn optional(String name) {
		return new ImportColumn(name, false, null, null);
	}

	public ImportColumn values(String values) {
		return new ImportColumn(name, required, values, labelPrefix);
	}

	/** Allowed values of an enum, separated as the spec writes them, their labels under {@code labelPrefix}. */
	public ImportColumn values(Class<? extends Enum<?>> type, String labelPrefix) {
		StringBuilder out = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			out.append(out.isEmpty() ? "" : " | ").append(constant.name());
		}
		return new ImportColumn(name, required, out.toString(), labelPrefix);
	}
}

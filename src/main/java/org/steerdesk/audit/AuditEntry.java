package org.steerdesk.audit;

import java.time.Instant;

/** One line of the change log; states are JSON text. */
public record AuditEntry(long id, Instant at, String username, AuditAction action, String recordType,
		String recordKey, String before, String after) {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	/**
	 * The fields this entry changed, in the order the record lists them: every field of a created or
	 * deleted record, else those whose value differs between before and after.
	 */
	public java.util.List<String> changedFields() {
		java.util.Map<String, Object> was = fields(before);
		java.util.Map<String, Object> is = fields(after);
		java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(is.keySet());
		names.addAll(was.keySet());
		return names.stream().filter(n -> !java.util.Objects.equals(was.get(n), is.get(n))).toList();
	}

	@SuppressWarnings("unchecked")
	private static java.util.Map<String, Object> fields(String json) {
		if (json == null || json.isBlank()) {
			return java.util.Map.of();
		}
		try {
			Object value = JSON.readValue(json, Object.class);
			return value instanceof java.util.Map<?, ?> map ? (java.util.Map<String, Object>) map : java.util.Map.of();
		}
		catch (RuntimeException e) {
			return java.util.Map.of();
		}
	}
}

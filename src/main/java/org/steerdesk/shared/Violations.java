package org.steerdesk.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation failures of one record, each naming its field (the column name of the exchange
 * format, e.g. {@code parent_code}) and a message key with arguments. Forms show them next to
 * the field, imports list them by row and column, the API returns them as problem details.
 */
public final class Violations {

	/** One failure; {@code code} is a message key resolved in the user's language. */
	public record Violation(String field, String code, List<Object> args) {

		/** The form property of this field: {@code parent_code} → {@code parentCode}. */
		public String property() {
			StringBuilder out = new StringBuilder();
			boolean upper = false;
			for (char c : field.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					out.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return out.toString();
		}
	}

	private final List<Violation> list = new ArrayList<>();

	/** Adds a violation; an argument that is missing (null, as in a request that sent none) is shown as "—". */
	public Violations add(String field, String code, Object... args) {
		list.add(new Violation(field, code, java.util.Arrays.stream(args == null ? new Object[0] : args).map(a -> a == null ? (Object) "—" : a)
			.toList()));
		return this;
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

	public boolean has(String field) {
		return list.stream().anyMatch(v -> v.field().equals(field));
	}

	public List<Violation> list() {
		return List.copyOf(list);
	}

	/**
	 * Reports the violations to a form's binding result, each next to its field (or for the whole
	 * form when the form has no such field).
	 */
	public void copyTo(org.springframework.validation.Errors errors) {
		for (Violation v : list) {
			try {
				errors.rejectValue(v.property(), v.code(), v.args().toArray(), v.code());
			}
			catch (org.springframework.beans.NotReadablePropertyException e) {
				errors.reject(v.code(), v.args().toArray(), v.code());
			}
		}
	}

	/**
	 * A typed text as kept: NFC, trimmed, null when empty; "required" when it must be given and is
	 * not, "too long" beyond {@code max} characters (added here, next to {@code field}).
	 */
	public String text(String typed, String field, int max, boolean required) {
		String value = VietnameseText.nfc(typed);
		if (value == null && required) {
			add(field, "validation.required");
		}
		else if (value != null && value.length() > max) {
			add(field, "validation.tooLong", max);
		}
		return value;
	}

	/** What a user typed, as a message may quote it back: at most 80 characters. */
	public static String shown(String typed) {
		String text = String.valueOf(typed);
		return text.length() <= 80 ? text : text.substring(0, 80) + "…";
	}

	/** Throws {@link InvalidRecordException} unless empty. */
	public void throwIfAny() {
		if (!list.isEmpty()) {
			throw new InvalidRecordException(this);
		}
	}
}

package org.steerdesk.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finding a record by what a user typed in a code box: its code, else its name with or without
 * diacritics and capitals ("lang son" for "Lạng Sơn"). A name is taken only when it points at one
 * record: the one whose name is exactly that, else the only one whose words contain it.
 */
public final class Names {

	private Names() {
	}

	/**
	 * @param text what was typed (empty, or longer than {@code maxLength}, finds nothing)
	 * @param byCode the record with a code
	 * @param candidates the records whose search key contains a key (a bounded query)
	 * @param names the names of a record (in every language it has)
	 */
	public static <T> Optional<T> byCodeOrName(String text, int maxLength, Function<String, Optional<T>> byCode,
			Function<String, List<T>> candidates, Function<T, List<String>> names) {
		String given = VietnameseText.nfc(text);
		if (given == null || given.isBlank() || given.length() > maxLength) {
			return Optional.empty();
		}
		Optional<T> found = byCode.apply(given.strip());
		if (found.isPresent()) {
			return found;
		}
		String key = VietnameseText.searchKey(given);
		List<T> matching = candidates.apply(Sql.contains(key));
		List<T> named = matching.stream()
			.filter(r -> names.apply(r).stream().anyMatch(n -> n != null && key.equals(VietnameseText.searchKey(n))))
			.toList();
		if (named.size() == 1) {
			return Optional.of(named.get(0));
		}
		return named.isEmpty() && matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
	}
}

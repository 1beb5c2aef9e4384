package org.steerdesk.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Passwords in line with NIST SP 800-63B: at least 10 characters, no composition rules, and not
 * easy to guess. "Easy" is judged by nbvcxz against the list of common passwords it ships, repeats
 * ({@code aaaaaaaaaa}), sequences ({@code 1234567890}), keyboard walks ({@code qwertyuiop}) and the
 * user's own name: a password worth fewer than {@value #MIN_ENTROPY_BITS} bits is refused. At most
 * 72 bytes, the most bcrypt reads (a longer one would be cut silently).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	static final double MIN_ENTROPY_BITS = 20;

	private PasswordPolicy() {
	}

	/**
	 * Adds a violation on {@code field} when the password breaks the policy.
	 * @param userWords the user name and display name, which the password must not be built on
	 */
	static void check(String password, String field, Violations violations, String... userWords) {
		if (password == null || password.isEmpty()) {
			violations.add(field, "validation.required");
			return;
		}
		if (VietnameseText.hasControlCharacter(password)) {
			violations.add(field, "validation.controlCharacter");
			return;
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			violations.add(field, "identity.password.short", MIN_LENGTH);
			return;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add(field, "identity.password.long", MAX_BYTES);
			return;
		}
		if (password.isBlank() || estimate(password, userWords) < MIN_ENTROPY_BITS) {
			violations.add(field, "identity.password.weak");
		}
	}

	private static double estimate(String password, String... userWords) {
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("user").setExclusion(true);
		for (String words : userWords) {
			if (words == null) {
				continue;
			}
			String lower = words.toLowerCase(Locale.ROOT);
			own.addWord(lower, 0);
			own.addWord(VietnameseText.searchKey(words), 0);
			for (String part : lower.split("[\\s._@-]+")) {
				if (part.length() >= 3) {
					own.addWord(part, 0);
					own.addWord(VietnameseText.searchKey(part), 0);
				}
			}
		}
		dictionaries.add(own.createDictionary());
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration()).estimate(password)
			.getEntropy();
	}
}

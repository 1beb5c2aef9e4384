package org.steerdesk.contests;

import java.security.SecureRandom;

/**
 * The codes judges know entries by: "B-" and eight characters drawn at random from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so they say nothing of the entering unit or the order of entry.
 */
public final class BlindCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private BlindCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder("B-");
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}
}

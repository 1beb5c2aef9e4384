package org.steerdesk.shared;

import java.util.regex.Pattern;

/** Record codes: letters, digits, '-', '_' and '.', at most 64 characters. */
public final class Codes {

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");

	private Codes() {
	}

	public static boolean isValid(String code) {
		return code != null && CODE.matcher(code).matches();
	}
}

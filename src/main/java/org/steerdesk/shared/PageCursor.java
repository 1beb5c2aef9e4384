package org.steerdesk.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cursor of a list's next page, signed: a cursor this process wrote is trusted (the list's
 * total it carries is shown), any other one, forged or from another instance, is only a position
 * (the total is counted again). A cursor that cannot be read is a bad parameter (400).
 */
public final class PageCursor {

	/** The cursor's parts; {@code signed} when this process wrote it. */
	public record Opened(String[] parts, boolean signed) {
	}

	private static final int MAX_LENGTH = 200;

	private static final byte[] KEY = new byte[32];

	static {
		new SecureRandom().nextBytes(KEY);
	}

	private PageCursor() {
	}

	/** The cursor of these parts (none may contain {@code _} or {@code ~}). */
	public static String write(Object... parts) {
		StringBuilder payload = new StringBuilder();
		for (Object part : parts) {
			payload.append(payload.isEmpty() ? "" : "_").append(part);
		}
		return payload + "~" + mac(payload.toString());
	}

	/**
	 * Opens a cursor of {@code count} parts.
	 * @throws RefusedRequestException (400, naming {@code parameter}) when it is not such a cursor
	 */
	public static Opened open(String cursor, int count, String parameter) {
		if (cursor == null || cursor.length() > MAX_LENGTH) {
			throw RefusedRequestException.badParameter(parameter);
		}
		int tilde = cursor.lastIndexOf('~');
		String payload = tilde < 0 ? cursor : cursor.substring(0, tilde);
		String[] parts = payload.split("_", -1);
		if (parts.length != count) {
			throw RefusedRequestException.badParameter(parameter);
		}
		boolean signed = tilde >= 0 && MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
				cursor.substring(tilde + 1).getBytes(StandardCharsets.US_ASCII));
		return new Opened(parts, signed);
	}

	private static String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
			byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}

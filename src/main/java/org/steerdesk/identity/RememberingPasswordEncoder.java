package org.steerdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of sign-ins and HTTP Basic requests: bcrypt, remembered for a few minutes.
 * After a password matched its stored hash, an HMAC of it (keyed by a secret that lives only in
 * this process) is kept beside that hash; the same password against the same hash is then
 * recognised without another bcrypt (~100 ms). A changed password has a new hash, so nothing
 * remembered applies to it; a wrong password is always checked by bcrypt. The store is bounded.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	static final Duration REMEMBER = Duration.ofMinutes(10);

	static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final byte[] key = new byte[32];

	private final Map<String, Remembered> remembered = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	private record Remembered(byte[] mac, long until) {
	}

	RememberingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
		new SecureRandom().nextBytes(key);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		byte[] mac = mac(rawPassword);
		Remembered known;
		synchronized (remembered) {
			known = remembered.get(encodedPassword);
		}
		if (known != null && known.until() > System.nanoTime() && MessageDigest.isEqual(known.mac(), mac)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (remembered) {
				remembered.put(encodedPassword, new Remembered(mac, System.nanoTime() + REMEMBER.toNanos()));
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private byte[] mac(CharSequence raw) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}

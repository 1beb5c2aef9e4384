package org.steerdesk.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** A password just checked is recognised without another bcrypt; nothing else is. */
class RememberingPasswordEncoderTests {

	@Test
	void onlyTheSamePasswordAgainstTheSameHashSkipsBcrypt() {
		AtomicInteger bcrypts = new AtomicInteger();
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				bcrypts.incrementAndGet();
				return bcrypt.matches(raw, encoded);
			}
		};
		RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting);
		String hash = encoder.encode("cỏ may bên suối 2023");
		assertThat(encoder.matches("cỏ may bên suối 2023", hash)).isTrue();
		assertThat(encoder.matches("cỏ may bên suối 2023", hash)).isTrue();
		assertThat(bcrypts).as("the second check is remembered").hasValue(1);
		assertThat(encoder.matches("a wrong guess 12345", hash)).isFalse();
		assertThat(encoder.matches("a wrong guess 12345", hash)).isFalse();
		assertThat(bcrypts).as("a wrong password is always checked").hasValue(3);
		String changed = encoder.encode("cỏ may bên suối 2023");
		assertThat(encoder.matches("cỏ may bên suối 2023", changed)).isTrue();
		assertThat(bcrypts).as("a new hash is checked afresh").hasValue(4);
	}
}

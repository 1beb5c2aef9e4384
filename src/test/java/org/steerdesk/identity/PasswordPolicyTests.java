package org.steerdesk.identity;

import org.junit.jupiter.api.Test;
import org.steerdesk.shared.Violations;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B in practice: length, the bcrypt limit, and nothing easy to guess. */
class PasswordPolicyTests {

	static String verdict(String password, String... userWords) {
		Violations v = new Violations();
		PasswordPolicy.check(password, "password", v, userWords);
		return v.isEmpty() ? "ok" : v.list().get(0).code();
	}

	@Test
	void easyPasswordsAreRefusedAndPhrasesAccepted() {
		assertThat(verdict("aaaaaaaaaa")).isEqualTo("identity.password.weak");
		assertThat(verdict("1234567890")).isEqualTo("identity.password.weak");
		assertThat(verdict("          ")).isEqualTo("identity.password.weak");
		assertThat(verdict("qwertyuiop")).isEqualTo("identity.password.weak");
		assertThat(verdict("password123")).isEqualTo("identity.password.weak");
		assertThat(verdict("bientap.trangdinh", "bientap.trangdinh", "Triệu Văn Khánh")).isEqualTo("identity.password.weak");
		assertThat(verdict("trieuvankhanh1", "bientap.trangdinh", "Triệu Văn Khánh")).isEqualTo("identity.password.weak");
		assertThat(verdict("short")).isEqualTo("identity.password.short");
		assertThat(verdict("Lạng Sơn ".repeat(9))).isEqualTo("identity.password.long");
		assertThat(verdict("abc\u0000defghijkl")).isEqualTo("validation.controlCharacter");
		assertThat(verdict("Mật khẩu của tôi")).isEqualTo("ok");
		assertThat(verdict("grey-lantern-orbit-41", "admin")).isEqualTo("ok");
	}
}

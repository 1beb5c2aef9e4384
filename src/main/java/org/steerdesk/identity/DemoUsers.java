package org.steerdesk.identity;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/**
 * Demo accounts, one per everyday role, so that a new user can see scopes at work. Only with
 * demo data (embedded database), only once; their password is {@value #PASSWORD}.
 */
@Component
@Order(30)
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private final DemoMode demo;

	private final Accounts accounts;

	private final Units units;

	DemoUsers(DemoMode demo, Accounts accounts, Units units) {
		this.demo = demo;
		this.accounts = accounts;
		this.units = units;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || accounts.byUsername("thuky").isPresent()) {
			return;
		}
		create("thuky", "Đàm Văn Đức (Thư ký BCĐ)", "SECRETARIAT", "LS");
		create("bientap.trangdinh", "Triệu Văn Khánh (Tràng Định)", "EDITOR", "LS-TD");
		create("bientap.caoloc", "Vy Thị Đào (Cao Lộc)", "EDITOR", "LS-CLC");
		create("lanhdao", "Hoàng Văn Nghiêm (Lãnh đạo)", "VIEWER", "LS");
		// the essay contest's judges
		create("giamkhao1", "Giám khảo 1", "JUDGE", "LS");
		create("giamkhao2", "Giám khảo 2", "JUDGE", "LS");
		create("giamkhao3", "Giám khảo 3", "JUDGE", "LS");
	}

	private void create(String username, String name, String role, String unit) {
		accounts.createUnchecked(new NewUser(username, PASSWORD, name, List.of(new NewUser.RoleOnUnit(role, unit))), "demo", false, false);
	}
}

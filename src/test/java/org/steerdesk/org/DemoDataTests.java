package org.steerdesk.org;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steerdesk.shared.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province loads on the embedded database (the source's two committees, headed by the
 * same official) and never on PostgreSQL.
 */
@SpringBootTest(properties = { "steerdesk.demo=true", "steerdesk.admin-password=grey-lantern-orbit-41" })
class DemoDataTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Units units;

	@Autowired
	UnitTree unitTree;

	@Autowired
	Committees committees;

	@Autowired
	People people;

	@Autowired
	DemoMode demo;

	@Test
	void demoProvinceIsLoadedOnlyOnTheEmbeddedDatabase() throws SQLException {
		boolean h2;
		try (var connection = dataSource.getConnection()) {
			h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
		}
		assertThat(demo.enabled()).isEqualTo(h2);
		if (!h2) {
			assertThat(units.byCode("LS")).isEmpty();
			return;
		}
		OrgUnit province = units.require("LS");
		assertThat(province.nameVi()).contains("demo");
		assertThat(unitTree.children(province.id()).stream().filter(u -> u.kind() == UnitKind.DISTRICT)).hasSizeGreaterThanOrEqualTo(10);
		Person head = people.byCode("P-NGHIEM").orElseThrow();
		assertThat(committees.termsOf(head.id())).extracting(CommitteeMember::role)
			.containsExactlyInAnyOrder(MemberRole.HEAD, MemberRole.HEAD);
		assertThat(committees.byCode("BCDTTDN")).isPresent();
		assertThat(committees.byCode("BCD35")).isPresent();
	}
}

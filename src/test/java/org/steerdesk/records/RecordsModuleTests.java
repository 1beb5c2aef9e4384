package org.steerdesk.records;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.StaleRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records kit as a module alone (with the audit log it writes to): no register, no web layer,
 * a table declared in the test.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RecordsModuleTests {

	static final RecordTable UNITS = RecordTable.of("org_units", "org-unit", Column.code("code"), Column.text("name_vi", 300).required(),
			Column.text("kind", 20).required(), Column.text("path", 1000).derived(), Column.text("search_key", 600).derived());

	@Autowired
	Records records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	static final Actor SYSTEM = new Actor(0, "system", "System", java.util.List.of());

	@Test
	void aDeclaredTableIsWrittenByKeyUnderTheVersionCheck() {
		String code = "RM-" + System.nanoTime();
		assertThat(save(code, "Sở Ngoại vụ", null)).isEqualTo(SaveOutcome.CREATED);
		assertThat(save(code, "Sở Ngoại vụ", null)).isEqualTo(SaveOutcome.UNCHANGED);
		int version = jdbc.sql("SELECT version FROM org_units WHERE code = ?").param(code).query(Integer.class).single();
		assertThat(save(code, "Sở Ngoại vụ tỉnh", version)).isEqualTo(SaveOutcome.UPDATED);
		assertThatThrownBy(() -> save(code, "Sở Ngoại vụ (cũ)", version)).isInstanceOf(StaleRecordException.class);
		assertThat(jdbc.sql("SELECT name_vi FROM org_units WHERE code = ?").param(code).query(String.class).single())
			.isEqualTo("Sở Ngoại vụ tỉnh");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE record_type = 'org-unit' AND record_key = ?").param(code)
			.query(Long.class).single()).isEqualTo(2);
	}

	private SaveOutcome save(String code, String name, Integer version) {
		return transactions.execute(tx -> {
			RecordValues values = UNITS.values();
			values.text("code", code);
			values.text("name_vi", name);
			values.put("kind", "AGENCY");
			values.text("path", "/");
			values.text("search_key", name);
			return records.save(values, SYSTEM, version).outcome();
		});
	}
}

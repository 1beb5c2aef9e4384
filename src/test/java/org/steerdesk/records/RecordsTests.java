package org.steerdesk.records;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditEntry;
import org.steerdesk.audit.AuditFilter;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.People;
import org.steerdesk.org.PersonDraft;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records kit through a register that uses it (people): what a declaration gives every register. */
@SteerdeskTest
class RecordsTests {

	@Autowired
	World world;

	@Autowired
	People people;

	@Autowired
	AuditLog audit;

	@Test
	void createUpdateUnchangedAndStaleWithTheirAuditEntries() {
		World.Tree t = world.tree();
		String code = t.prefix() + "-REC";
		// NFD input is stored NFC, trimmed
		String decomposed = java.text.Normalizer.normalize("  Nguyễn Văn An ", java.text.Normalizer.Form.NFD);
		assertThat(people.save(new PersonDraft(code, decomposed, "Chuyên viên", t.d1().code()), World.system(), null))
			.isEqualTo(SaveOutcome.CREATED);
		assertThat(people.byCode(code).orElseThrow().fullName()).isEqualTo("Nguyễn Văn An");
		assertThat(people.save(new PersonDraft(code, "Nguyễn Văn An", "Chuyên viên", t.d1().code()), World.system(), null))
			.isEqualTo(SaveOutcome.UNCHANGED);
		int version = people.byCode(code).orElseThrow().version();
		assertThat(people.save(new PersonDraft(code, "Nguyễn Văn An", "Trưởng phòng", t.d1().code()), World.system(), version))
			.isEqualTo(SaveOutcome.UPDATED);
		assertThat(people.byCode(code).orElseThrow().version()).isEqualTo(version + 1);
		// an edit made on the version before is refused, and changes nothing
		assertThatThrownBy(() -> people.save(new PersonDraft(code, "Nguyễn Văn Ân", "Phó phòng", t.d1().code()), World.system(), version))
			.isInstanceOf(StaleRecordException.class);
		assertThat(people.byCode(code).orElseThrow().position()).isEqualTo("Trưởng phòng");

		List<AuditEntry> entries = audit.find(new AuditFilter(null, "person", code, null, null, null), 10);
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(entries.get(0).before()).contains("Chuyên viên").doesNotContain("search_key");
		assertThat(entries.get(0).after()).contains("Trưởng phòng").contains("\"unit_id\":" + t.d1().id());
	}

	@Test
	void requiredLengthAndCodeChecksNameTheirFields() {
		World.Tree t = world.tree();
		assertThatThrownBy(() -> people.save(new PersonDraft("bad code!", " ", "x".repeat(301), t.d1().code()), World.system(), null))
			.isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations().list())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactlyInAnyOrder("code:validation.code", "full_name:validation.required", "position:validation.tooLong"));
		assertThatThrownBy(() -> people.save(new PersonDraft(null, "A", null, "NO-SUCH-UNIT"), World.system(), null))
			.isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations().list())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactlyInAnyOrder("code:validation.required", "unit_code:validation.unknownUnit"));
	}
}

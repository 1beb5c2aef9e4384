package org.steerdesk.external;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Foreign partners (organisations and localities) and the units' partnerships with them. Partners
 * belong to no unit: anyone who edits records may add one; partnerships need EDIT_RECORDS on the unit.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

	static final String RECORD = "partner";

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final AuditLog audit;

	Partners(JdbcClient jdbc, Units units, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	public Optional<Partner> byCode(String code) {
		return jdbc.sql("SELECT * FROM ext_partners WHERE code = ?").param(code).query(Partners::map).optional();
	}

	public Optional<Partner> byId(long id) {
		return jdbc.sql("SELECT * FROM ext_partners WHERE id = ?").param(id).query(Partners::map).optional();
	}

	/** Partners whose name, code or country matches (diacritics optional), by name. */
	public List<Partner> search(String query) {
		return jdbc.sql("SELECT * FROM ext_partners WHERE search_key LIKE ? ORDER BY search_key FETCH FIRST 500 ROWS ONLY")
			.param(Sql.contains(VietnameseText.searchKey(query == null ? "" : query)))
			.query(Partners::map)
			.list();
	}

	public List<Partnership> partnerships(long partnerId) {
		return jdbc.sql("SELECT * FROM ext_partnerships WHERE partner_id = ? ORDER BY start_date DESC")
			.param(partnerId)
			.query((rs, n) -> new Partnership(rs.getLong("id"), rs.getLong("partner_id"), rs.getLong("unit_id"),
					PartnershipKind.valueOf(rs.getString("kind")), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), rs.getString("reference"), rs.getString("documents")))
			.list();
	}

	@Transactional
	public SaveOutcome save(PartnerDraft draft, Actor actor, Integer expectedVersion) {
		if (!access.mayAnywhere(actor, Permission.EDIT_RECORDS)) {
			throw new org.springframework.security.access.AccessDeniedException("error.access.scope");
		}
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String name = VietnameseText.nfc(draft.name());
		String nameVi = VietnameseText.nfc(draft.nameVi());
		String contacts = VietnameseText.nfc(draft.contacts());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (name == null) {
			violations.add("name", "validation.required");
		}
		Country country = Country.of(draft.country());
		if (country == null) {
			violations.add("country", draft.country() == null || draft.country().isBlank() ? "validation.required"
					: "external.members.country", String.valueOf(draft.country()));
		}
		if (draft.kind() == null) {
			violations.add("kind", "validation.required");
		}
		violations.throwIfAny();
		String searchKey = VietnameseText.searchKey(code + " " + name + " " + (nameVi == null ? "" : nameVi) + " "
				+ country.name(java.util.Locale.forLanguageTag("vi")) + " " + country.name(java.util.Locale.ENGLISH));
		Optional<Partner> existing = byCode(code);
		if (existing.isEmpty()) {
			Sql.insert(jdbc, "INSERT INTO ext_partners (code, name, name_vi, country, kind, contacts, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
					code, name, nameVi, country.code(), draft.kind().name(), contacts, searchKey);
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byCode(code).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		Partner before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (before.name().equals(name) && Objects.equals(before.nameVi(), nameVi) && before.country().equals(country)
				&& before.kind() == draft.kind() && Objects.equals(before.contacts(), contacts)) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE ext_partners SET name = ?, name_vi = ?, country = ?, kind = ?, contacts = ?, search_key = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(name, nameVi, country.code(), draft.kind().name(), contacts, searchKey, before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byCode(code).orElseThrow()));
		return SaveOutcome.UPDATED;
	}

	@Transactional
	public void addPartnership(PartnershipDraft draft, Actor actor) {
		Violations violations = new Violations();
		Partner partner = draft.partnerCode() == null ? null : byCode(draft.partnerCode()).orElse(null);
		if (partner == null) {
			violations.add("partner_code", "validation.unknownCode", String.valueOf(draft.partnerCode()));
		}
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, violations);
		if (draft.kind() == null) {
			violations.add("kind", "validation.required");
		}
		if (draft.start() == null) {
			violations.add("start", "validation.required");
		}
		else if (draft.end() != null && draft.end().isBefore(draft.start())) {
			violations.add("end", "validation.endBeforeStart");
		}
		violations.throwIfAny();
		Sql.insert(jdbc, """
				INSERT INTO ext_partnerships (partner_id, unit_id, kind, start_date, end_date, reference, documents)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", partner.id(), unit.id(), draft.kind().name(), draft.start(), draft.end(),
				VietnameseText.nfc(draft.reference()), VietnameseText.nfc(draft.documents()));
		audit.record(actor.username(), AuditAction.CREATE, "partnership", partner.code() + "/" + unit.code(), null,
				Map.of("kind", draft.kind().name(), "start", draft.start().toString()));
	}

	private Map<String, Object> describe(Partner p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", p.code());
		state.put("name", p.name());
		state.put("name_vi", p.nameVi());
		state.put("country", p.country().code());
		state.put("kind", p.kind().name());
		state.put("contacts", p.contacts());
		return state;
	}

	static Partner map(ResultSet rs, int row) throws SQLException {
		return new Partner(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_vi"),
				new Country(rs.getString("country").strip()), PartnerKind.valueOf(rs.getString("kind")), rs.getString("contacts"),
				rs.getInt("version"));
	}
}

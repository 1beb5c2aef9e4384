package org.steerdesk.external;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Country;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
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

	static final RecordTable TABLE = RecordTable.of("ext_partners", RECORD, Column.code("code"), Column.text("name", 400).required(),
			Column.text("name_vi", 400), Column.text("country", 2).required(), Column.text("kind", 20).required(),
			Column.text("contacts", 2000), Column.text("search_key", 900).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final AuditLog audit;

	private final Records records;

	Partners(JdbcClient jdbc, Units units, OrgAccess access, AuditLog audit, Records records) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.records = records;
	}

	/** The partners matching the words (every partner without them), for an actor who reads some unit. */
	public List<Partner> list(String query, Actor actor) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		return search(query);
	}

	/** The partner with this code; {@link NotFoundException} when there is none. */
	public Partner require(String code) {
		return byCode(code).orElseThrow(() -> new NotFoundException("Partner " + code));
	}

	public Optional<Partner> byCode(String code) {
		return records.byKey(TABLE, code, Partners::map);
	}

	/** The partner with this code, else the one partner with this name (diacritics and case ignored). */
	public Optional<Partner> byCodeOrName(String text) {
		return org.steerdesk.shared.Names.byCodeOrName(text, 400, this::byCode,
				key -> jdbc.sql("SELECT * FROM ext_partners WHERE search_key LIKE ? FETCH FIRST 50 ROWS ONLY").param(key).query(Partners::map)
					.list(),
				p -> java.util.Arrays.asList(p.name(), p.nameVi()));
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
		access.requireAnywhere(actor, Permission.EDIT_RECORDS, "error.access.scope");
		RecordValues values = TABLE.values();
		String code = values.text("code", draft.code());
		String name = values.text("name", draft.name());
		String nameVi = values.text("name_vi", draft.nameVi());
		Country country = Country.of(draft.country());
		if (country == null) {
			values.violations().add("country", draft.country() == null || draft.country().isBlank() ? "validation.required"
					: "external.members.country", String.valueOf(draft.country()));
		}
		values.put("country", country == null ? null : country.code());
		values.put("kind", draft.kind());
		values.text("contacts", draft.contacts());
		values.throwIfAny();
		values.searchKey("search_key", code, name, nameVi, country.name(java.util.Locale.forLanguageTag("vi")),
				country.name(java.util.Locale.ENGLISH));
		return records.save(values, actor, expectedVersion).outcome();
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

	static Partner map(ResultSet rs, int row) throws SQLException {
		return new Partner(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_vi"),
				new Country(rs.getString("country").strip()), PartnerKind.valueOf(rs.getString("kind")), rs.getString("contacts"),
				rs.getInt("version"));
	}
}

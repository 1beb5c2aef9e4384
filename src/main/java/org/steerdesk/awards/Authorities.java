package org.steerdesk.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/** Award authorities, written through the records kit by the secretariat of their unit; read by every reader of it. */
@Service
@Transactional(readOnly = true)
public class Authorities {

	static final String RECORD = "award-authority";

	static final RecordTable TABLE = RecordTable.of("award_authorities", RECORD, Column.code("code"), Column.text("name_vi", 300).required(),
			Column.text("name_en", 300), Column.number("unit_id").field("unit_code").required(), Column.text("symbol", 40),
			Column.text("search_key", 800).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Records records;

	Authorities(JdbcClient jdbc, Units units, OrgAccess access, Records records) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.records = records;
	}

	public Optional<Authority> byCode(String code) {
		return code == null ? Optional.empty() : records.byKey(TABLE, code.strip(), Authorities::map);
	}

	public Optional<Authority> byId(long id) {
		return jdbc.sql("SELECT * FROM award_authorities WHERE id = ?").param(id).query(Authorities::map).optional();
	}

	/** The authority with this code, on whose unit the actor holds the permission. */
	public Authority require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Authority::unitId, permission, actor, "Authority " + code);
	}

	/** Every authority (a short list; their names are no secret), by name. */
	public List<Authority> all() {
		return jdbc.sql("SELECT * FROM award_authorities ORDER BY name_vi, code").query(Authorities::map).list();
	}

	/** The authorities whose unit the actor reads, by name. */
	public List<Authority> readable(Actor actor) {
		return jdbc.sql("SELECT * FROM award_authorities ORDER BY name_vi, code")
			.query(Authorities::map)
			.list()
			.stream()
			.filter(a -> access.may(actor, Permission.READ, a.unitId()))
			.toList();
	}

	/**
	 * Creates or updates the authority with the draft's code; the actor manages its unit (and the one it had).
	 * @throws org.steerdesk.shared.InvalidRecordException with every violation found
	 */
	@Transactional
	public SaveOutcome save(AuthorityDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		String code = values.text("code", draft.code());
		String nameVi = values.text("name_vi", draft.nameVi());
		String nameEn = values.text("name_en", draft.nameEn());
		String symbol = values.text("symbol", draft.symbol());
		if (symbol != null && !symbol.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-/]*")) {
			values.violations().add("symbol", "awards.symbolInvalid", Violations.shown(symbol));
		}
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.MANAGE, actor, values.violations());
		values.put("unit_id", unit == null ? null : unit.id());
		values.searchKey("search_key", code, nameVi, nameEn);
		values.throwIfAny();
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.MANAGE, existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	/** The authority, for a page: it must exist. */
	public Authority get(long id) {
		return byId(id).orElseThrow(() -> new NotFoundException("Authority " + id));
	}

	static Authority map(ResultSet rs, int row) throws SQLException {
		return new Authority(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("unit_id"),
				rs.getString("symbol"), rs.getInt("version"));
	}
}

package org.steerdesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** Officials of the units. Editing needs EDIT_RECORDS on the person's unit. */
@Service
@Transactional(readOnly = true)
public class People {

	static final String RECORD = "person";

	static final RecordTable TABLE = RecordTable.of("people", RECORD, Column.code("code"), Column.text("full_name", 200).required(),
			Column.text("position", 300), Column.number("unit_id").field("unit_code").required(),
			Column.text("search_key", 600).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Records records;

	People(JdbcClient jdbc, Units units, OrgAccess access, Records records) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.records = records;
	}

	/**
	 * The person with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Person require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Person::unitId, permission, actor, "Person " + code);
	}

	/** The officials of the units the actor reads matching the words (all without them), at most {@code limit}. */
	public List<Person> search(String query, Actor actor, int limit) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		return search(query, access.units(actor, Permission.READ), limit);
	}

	public Optional<Person> byCode(String code) {
		return records.byKey(TABLE, code, People::map);
	}

	public List<Person> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM people WHERE id IN (:ids)").param("ids", ids).query(People::map).list();
	}

	/**
	 * The official with this code, else the one official with this full name (diacritics and case
	 * ignored); empty when none, or several, have it.
	 */
	public Optional<Person> byCodeOrName(String text) {
		return org.steerdesk.shared.Names.byCodeOrName(text, 200, this::byCode,
				key -> jdbc.sql("SELECT * FROM people WHERE search_key LIKE ? FETCH FIRST 50 ROWS ONLY").param(key).query(People::map).list(),
				p -> List.of(p.fullName()));
	}

	/** An official as a record of the day keeps them: the person, and their unit's name as it is now. */
	public record AsOfToday(Person person, String unitName) {
	}

	/**
	 * The official named in a box (code or exact name) as they are today; null, with the field's
	 * violation, when none or several match.
	 */
	public AsOfToday named(String typed, String field, Violations violations) {
		Person person = typed == null || typed.isBlank() ? null : byCodeOrName(typed).orElse(null);
		if (person == null) {
			violations.add(field, typed == null || typed.isBlank() ? "validation.required" : "validation.unknownPerson", Violations.shown(typed));
			return null;
		}
		return new AsOfToday(person, units.byId(person.unitId()).map(u -> u.name(java.util.Locale.forLanguageTag("vi"))).orElse(null));
	}

	public List<Person> ofUnit(long unitId) {
		return jdbc.sql("SELECT * FROM people WHERE unit_id = ?").param(unitId).query(People::map).list().stream()
			.sorted(java.util.Comparator.comparing(Person::fullName, VietnameseText.personNames()))
			.toList();
	}

	/** People of the given units whose name, code or position matches, ignoring diacritics. */
	public List<Person> search(String query, Collection<Long> unitIds, int limit) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM people WHERE search_key LIKE :key AND unit_id IN (:units)
				ORDER BY search_key FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.param("key", Sql.contains(VietnameseText.searchKey(query == null ? "" : query)))
			.param("units", unitIds)
			.query(People::map)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Person::fullName, VietnameseText.personNames()))
			.toList();
	}

	@Transactional
	public SaveOutcome save(PersonDraft draft, Actor actor, Integer expectedVersion) {
		RecordValues values = TABLE.values();
		String code = values.text("code", draft.code());
		String fullName = values.text("full_name", draft.fullName());
		String position = values.text("position", draft.position());
		OrgUnit unit = units.referenced(draft.unitCode(), "unit_code", Permission.EDIT_RECORDS, actor, values.violations());
		values.put("unit_id", unit == null ? null : unit.id());
		values.throwIfAny();
		values.text("search_key", UnitOrder.searchKey(fullName, code, position));
		return records.save(values, actor, expectedVersion, existing -> {
			if (!access.may(actor, Permission.EDIT_RECORDS, existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), rs.getString("position"),
				rs.getLong("unit_id"), rs.getInt("version"));
	}
}

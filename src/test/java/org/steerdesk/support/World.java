package org.steerdesk.support;

import org.steerdesk.imports.ImportProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.identity.Accounts;
import org.steerdesk.identity.NewUser;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.PersonDraft;
import org.steerdesk.org.People;
import org.steerdesk.org.UnitDraft;
import org.steerdesk.org.UnitKind;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * An object mother for integration tests: builds small org trees and users with codes unique to
 * the calling test, on the shared test database.
 */
@TestComponent
public class World {

	public static final String ADMIN_PASSWORD = "grey-lantern-orbit-41";

	public static final String PASSWORD = "user-test-password";

	private final Units units;

	private final People people;

	private final Accounts accounts;

	private final org.steerdesk.imports.ImportPipeline pipeline;

	World(Units units, People people, Accounts accounts, org.steerdesk.imports.ImportPipeline pipeline) {
		this.pipeline = pipeline;
		this.units = units;
		this.people = people;
		this.accounts = accounts;
	}

	/** A fresh prefix, so that tests sharing a database never meet. */
	public static String prefix() {
		return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	public static Actor system() {
		return DemoMode.actor();
	}

	@Transactional
	public OrgUnit unit(String code, String nameVi, UnitKind kind, String parentCode) {
		units.save(new UnitDraft(code, nameVi, null, kind, parentCode, null, null, null), system(), null);
		return units.require(code);
	}

	/** Closes {@code code} on {@code on}, merged into {@code successor}. */
	@Transactional
	public OrgUnit merge(String code, LocalDate on, String successorCode) {
		OrgUnit unit = units.require(code);
		String parent = unit.parentId() == null ? null : units.byId(unit.parentId()).orElseThrow().code();
		units.save(new UnitDraft(code, unit.nameVi(), unit.nameEn(), unit.kind(), parent, unit.validFrom(), on, successorCode),
				system(), null);
		return units.require(code);
	}

	/** A province P with districts D1, D2 and a commune C1 under D1, codes prefixed. */
	public Tree tree() {
		String p = prefix();
		OrgUnit province = unit(p + "-P", "Tỉnh Thử " + p, UnitKind.PROVINCE, null);
		OrgUnit d1 = unit(p + "-D1", "Huyện Một " + p, UnitKind.DISTRICT, province.code());
		OrgUnit d2 = unit(p + "-D2", "Huyện Hai " + p, UnitKind.DISTRICT, province.code());
		OrgUnit c1 = unit(p + "-C1", "Xã Đồng Tâm " + p, UnitKind.COMMUNE, d1.code());
		return new Tree(p, province, d1, d2, c1);
	}

	public record Tree(String prefix, OrgUnit province, OrgUnit d1, OrgUnit d2, OrgUnit c1) {
	}

	@Transactional
	public void person(String code, String name, String unitCode) {
		people.save(new PersonDraft(code, name, null, unitCode), system(), null);
	}

	/** Imports a CSV file into a register as the system; fails the test when the file is rejected. */
	public org.steerdesk.imports.ImportResult importCsv(String register, String csv) {
		org.steerdesk.imports.ImportResult result = pipeline.run(register, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				false, system(), java.util.Locale.ENGLISH, ImportProgress.NONE);
		if (!result.ok()) {
			throw new AssertionError("Import of " + register + " rejected: " + result.errors());
		}
		return result;
	}

	/** A user holding one role on one unit; the password is {@link #PASSWORD}. */
	public String user(String role, String unitCode) {
		String username = ("u" + UUID.randomUUID().toString().substring(0, 10)).toLowerCase();
		accounts.create(new NewUser(username, PASSWORD, "Người dùng " + username, List.of(new NewUser.RoleOnUnit(role, unitCode))),
				system());
		return username;
	}
}

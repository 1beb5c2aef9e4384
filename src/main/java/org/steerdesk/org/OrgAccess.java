package org.steerdesk.org;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Grant;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/**
 * Decides what an actor may do on a unit's records: a permission holds when the actor has one of
 * its roles on a unit whose scope covers the record's unit; ADMIN holds on every unit. Every page
 * and endpoint asks here.
 */
@Service
public class OrgAccess {

	private final UnitScopes scopes;

	OrgAccess(UnitScopes scopes) {
		this.scopes = scopes;
	}

	public boolean may(Actor actor, Permission permission, long unitId) {
		if (actor.isAdmin()) {
			return true;
		}
		for (Grant grant : actor.grants()) {
			if (permission.roles().contains(grant.role()) && scopes.covers(grant.unitId(), unitId)) {
				return true;
			}
		}
		return false;
	}

	/** @throws AccessDeniedException when the actor may not; the message names the refusal. */
	public void require(Actor actor, Permission permission, long unitId) {
		if (!may(actor, permission, unitId)) {
			throw new AccessDeniedException("error.access.scope");
		}
	}

	/**
	 * A record found by its key, on whose unit the actor holds the permission: what every register's
	 * {@code require(code, permission, actor)} answers.
	 * @param what how the record is named when it is missing ("Meeting M-1")
	 * @throws NotFoundException when there is none; {@link AccessDeniedException} outside the actor's scope
	 */
	public <T> T require(Optional<T> record, ToLongFunction<T> unitOf, Permission permission, Actor actor, String what) {
		T found = record.orElseThrow(() -> new NotFoundException(what));
		require(actor, permission, unitOf.applyAsLong(found));
		return found;
	}

	/** Whether the actor holds the permission anywhere. */
	public boolean mayAnywhere(Actor actor, Permission permission) {
		return actor.grants().stream().anyMatch(g -> permission.roles().contains(g.role()));
	}

	/**
	 * Requires the permission somewhere (pages that are not about one unit: a new record's form, the partners).
	 * @param refusal the message key of the refusal
	 */
	public void requireAnywhere(Actor actor, Permission permission, String refusal) {
		if (!mayAnywhere(actor, permission)) {
			throw new AccessDeniedException(refusal);
		}
	}

	/** Every unit on which the actor holds the permission. */
	public Set<Long> units(Actor actor, Permission permission) {
		if (actor.isAdmin()) {
			return scopes.all();
		}
		Set<Long> units = new HashSet<>();
		for (Long unit : actor.unitsWith(permission.roles())) {
			units.addAll(scopes.resolve(unit));
		}
		return units;
	}

	/**
	 * The units a register list may show the actor: the scope of {@code unitCode} (which the actor
	 * must be able to read), or all the actor reads when no unit is given; null means every unit,
	 * so that a query need not filter by unit at all.
	 * @throws org.steerdesk.shared.NotFoundException when there is no such unit
	 * @throws AccessDeniedException when the actor may not read it
	 */
	public Set<Long> readScope(Actor actor, String unitCode, Units units) {
		if (!mayAnywhere(actor, Permission.READ)) {
			throw new AccessDeniedException("error.access.noRole");
		}
		if (unitCode == null || unitCode.isBlank()) {
			return actor.isAdmin() ? null : units(actor, Permission.READ);
		}
		OrgUnit unit = units.resolve(unitCode);
		require(actor, Permission.READ, unit.id());
		Set<Long> scope = scopes.resolve(unit.id());
		return scopes.isEverything(scope) ? null : scope;
	}

	/** The top units of the actor's scope for this permission (the roots, for an administrator). */
	public List<Long> scopeRoots(Actor actor, Permission permission) {
		if (actor.isAdmin()) {
			return scopes.roots();
		}
		List<Long> granted = actor.unitsWith(permission.roles());
		return granted.stream()
			.filter(unit -> granted.stream().noneMatch(other -> !other.equals(unit) && scopes.covers(other, unit)))
			.toList();
	}
}

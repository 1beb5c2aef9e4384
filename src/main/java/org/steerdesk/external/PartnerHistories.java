package org.steerdesk.external;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** A partner's whole history: what every reader sees of the partner, and its records in the units they read. */
@Service
@Transactional(readOnly = true)
public class PartnerHistories {

	/** The partner, its partnerships, delegations and meetings of the units the actor reads, and those units. */
	public record History(Partner partner, List<Partnership> partnerships, List<Delegation> delegations, List<Meeting> meetings,
			Map<Long, OrgUnit> units) {
	}

	private final Partners partners;

	private final Delegations delegations;

	private final Meetings meetings;

	private final Units units;

	private final OrgAccess access;

	PartnerHistories(Partners partners, Delegations delegations, Meetings meetings, Units units, OrgAccess access) {
		this.partners = partners;
		this.delegations = delegations;
		this.meetings = meetings;
		this.units = units;
		this.access = access;
	}

	/** The partner with this code, for an actor who reads some unit. */
	public History of(String code, Actor actor) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		Partner partner = partners.require(code);
		List<Partnership> partnerships = partners.partnerships(partner.id()).stream()
			.filter(p -> access.may(actor, Permission.READ, p.unitId())).toList();
		List<Delegation> delegationList = delegations.ofPartner(partner.id()).stream()
			.filter(d -> access.may(actor, Permission.READ, d.hostUnitId())).toList();
		List<Meeting> meetingList = meetings.ofPartner(partner.id()).stream()
			.filter(m -> access.may(actor, Permission.READ, m.unitId())).toList();
		List<Long> ids = new ArrayList<>();
		partnerships.forEach(p -> ids.add(p.unitId()));
		delegationList.forEach(d -> ids.add(d.hostUnitId()));
		meetingList.forEach(m -> ids.add(m.unitId()));
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(ids.stream().distinct().toList()).forEach(u -> byId.put(u.id(), u));
		return new History(partner, partnerships, delegationList, meetingList, byId);
	}
}

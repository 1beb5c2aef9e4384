package org.steerdesk.awards.internal;

import org.springframework.stereotype.Component;
import org.steerdesk.awards.Authorities;
import org.steerdesk.contests.AwardingAuthorities;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** The authorities a contest may name: those whose unit the contest's secretariat manages. */
@Component
class ContestAuthorities implements AwardingAuthorities {

	private final Authorities authorities;

	private final OrgAccess access;

	ContestAuthorities(Authorities authorities, OrgAccess access) {
		this.authorities = authorities;
		this.access = access;
	}

	@Override
	public boolean managedBy(String authorityCode, Actor actor) {
		return authorities.byCode(authorityCode).map(a -> access.may(actor, Permission.MANAGE, a.unitId())).orElse(false);
	}
}

package org.steerdesk.gatherings;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.PersonActivities;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** An official's events: those they chaired, spoke at or attended, on their page. */
@Component
class GatheringsOfPeople implements PersonActivities {

	private final GatheringDetails details;

	private final OrgAccess access;

	private final MessageSource messages;

	GatheringsOfPeople(GatheringDetails details, OrgAccess access, MessageSource messages) {
		this.details = details;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String title(Locale locale) {
		return messages.getMessage("gatherings.ofPerson", null, locale);
	}

	@Override
	public List<Activity> of(long personId, Actor actor, Locale locale) {
		return details.partsOf(personId)
			.stream()
			.filter(p -> access.may(actor, Permission.READ, p.gathering().unitId()))
			.map(p -> new Activity("/gatherings/" + p.gathering().code(), p.gathering().title(), p.gathering().startDate(),
					messages.getMessage("gatherings.role." + p.role(), null, locale) + " · "
							+ messages.getMessage("gatherings.attendance." + p.attendance(), null, locale)))
			.toList();
	}
}

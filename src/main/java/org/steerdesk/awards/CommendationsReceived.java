package org.steerdesk.awards;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.org.PersonActivities;
import org.steerdesk.org.UnitActivities;
import org.steerdesk.shared.Actor;

/** The commendations an official received, on their page, and those a unit received as a collective, on its page. */
@Component
class CommendationsReceived implements PersonActivities, UnitActivities {

	private final AwardQueries queries;

	private final Authorities authorities;

	private final MessageSource messages;

	CommendationsReceived(AwardQueries queries, Authorities authorities, MessageSource messages) {
		this.queries = queries;
		this.authorities = authorities;
		this.messages = messages;
	}

	@Override
	public String title(Locale locale) {
		return messages.getMessage("awards.ofPerson", null, locale);
	}

	@Override
	public List<Activity> of(long personId, Actor actor, Locale locale) {
		return lines(queries.ofPerson(personId, actor), locale);
	}

	@Override
	public String unitTitle(Locale locale) {
		return messages.getMessage("awards.ofUnit", null, locale);
	}

	@Override
	public List<Activity> ofUnit(long unitId, Actor actor, Locale locale) {
		return lines(queries.ofUnit(unitId, actor), locale);
	}

	private List<Activity> lines(List<Recipient> received, Locale locale) {
		Map<Long, Decision> decisions = queries.decisionsByIds(received.stream().map(Recipient::decisionId).toList());
		Map<Long, Authority> byId = authorities.all().stream().collect(Collectors.toMap(Authority::id, a -> a));
		return received.stream().map(r -> {
			Decision d = decisions.get(r.decisionId());
			String form = messages.getMessage("awards.form." + d.form(), null, locale);
			String detail = byId.get(d.authorityId()).name(locale) + (d.campaign() == null ? "" : " — " + d.campaign());
			return new Activity("/awards/decisions/" + d.id(), form + " " + d.number(), d.date(), detail);
		}).toList();
	}
}

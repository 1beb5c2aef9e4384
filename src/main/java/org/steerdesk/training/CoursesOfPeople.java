package org.steerdesk.training;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.PersonActivities;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** An official's courses, on their page. */
@Component
class CoursesOfPeople implements PersonActivities {

	private final TrainingParticipants participants;

	private final OrgAccess access;

	private final MessageSource messages;

	CoursesOfPeople(TrainingParticipants participants, OrgAccess access, MessageSource messages) {
		this.participants = participants;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String title(Locale locale) {
		return messages.getMessage("training.ofPerson", null, locale);
	}

	@Override
	public List<Activity> of(long personId, Actor actor, Locale locale) {
		return participants.takenBy(personId)
			.stream()
			.filter(t -> access.may(actor, Permission.READ, t.training().unitId()))
			.map(t -> new Activity("/training/" + t.training().code(), t.training().title(), t.training().startDate(),
					messages.getMessage(t.completed() ? "training.completedYes" : "training.completedNo", null, locale)))
			.toList();
	}
}

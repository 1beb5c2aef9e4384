package org.steerdesk.training;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.PersonActivities;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** The courses an official taught, on their page. */
@Component
class CoursesTaught implements PersonActivities {

	private final TrainingTrainers trainers;

	private final OrgAccess access;

	private final MessageSource messages;

	CoursesTaught(TrainingTrainers trainers, OrgAccess access, MessageSource messages) {
		this.trainers = trainers;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String title(Locale locale) {
		return messages.getMessage("training.taughtByPerson", null, locale);
	}

	@Override
	public List<Activity> of(long personId, Actor actor, Locale locale) {
		return trainers.taughtBy(personId)
			.stream()
			.filter(t -> access.may(actor, Permission.READ, t.training().unitId()))
			.map(t -> new Activity("/training/" + t.training().code(), t.training().title(), t.training().startDate(),
					t.topic() == null ? "" : t.topic()))
			.toList();
	}
}

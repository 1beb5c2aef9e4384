package org.steerdesk.gatherings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.steerdesk.gatherings.Gathering;
import org.steerdesk.gatherings.GatheringDraft;
import org.steerdesk.gatherings.GatheringType;

/** The gathering form's fields; a time of day is optional beside each day. */
public class GatheringForm {

	private String code;

	private GatheringType type;

	private String title;

	private LocalDate start;

	@org.springframework.format.annotation.DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	private LocalDate end;

	@org.springframework.format.annotation.DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	private String place;

	private boolean online;

	private String organiserUnitCode;

	private Long participants;

	private Long foreignParticipants;

	private boolean promotesImage;

	private Integer version;

	static GatheringForm of(Gathering g, String unitCode) {
		GatheringForm form = new GatheringForm();
		form.code = g.code();
		form.type = g.type();
		form.title = g.title();
		form.start = g.startDate();
		form.startTime = g.startTime() == null ? null : LocalTime.parse(g.startTime());
		form.end = g.endDate();
		form.endTime = g.endTime() == null ? null : LocalTime.parse(g.endTime());
		form.place = g.place();
		form.online = g.online();
		form.organiserUnitCode = unitCode;
		form.participants = g.participants();
		form.foreignParticipants = g.foreignParticipants();
		form.promotesImage = g.promotesImage();
		form.version = g.version();
		return form;
	}

	/** The start of next year's edition of a past event: its type, title, place, organiser and times, a year later, with no code yet. */
	static GatheringForm copyOf(Gathering past, String unitCode) {
		GatheringForm form = of(past, unitCode);
		form.code = null;
		form.version = null;
		form.start = past.startDate().plusYears(1);
		form.end = past.endDate() == null ? null : past.endDate().plusYears(1);
		form.participants = null;
		form.foreignParticipants = null;
		return form;
	}

	GatheringDraft toDraft() {
		return new GatheringDraft(code, type, title, at(start, startTime), startTime != null, at(end, endTime), endTime != null, place,
				online, organiserUnitCode, participants, foreignParticipants, promotesImage);
	}

	private static LocalDateTime at(LocalDate day, LocalTime time) {
		return day == null ? null : day.atTime(time == null ? LocalTime.MIDNIGHT : time);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public GatheringType getType() { return type; }
	public void setType(GatheringType type) { this.type = type; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getStart() { return start; }
	public void setStart(LocalDate start) { this.start = start; }
	public LocalTime getStartTime() { return startTime; }
	public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
	public LocalDate getEnd() { return end; }
	public void setEnd(LocalDate end) { this.end = end; }
	public LocalTime getEndTime() { return endTime; }
	public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public boolean isOnline() { return online; }
	public void setOnline(boolean online) { this.online = online; }
	public String getOrganiserUnitCode() { return organiserUnitCode; }
	public void setOrganiserUnitCode(String organiserUnitCode) { this.organiserUnitCode = organiserUnitCode; }
	public Long getParticipants() { return participants; }
	public void setParticipants(Long participants) { this.participants = participants; }
	public Long getForeignParticipants() { return foreignParticipants; }
	public void setForeignParticipants(Long foreignParticipants) { this.foreignParticipants = foreignParticipants; }
	public boolean isPromotesImage() { return promotesImage; }
	public void setPromotesImage(boolean promotesImage) { this.promotesImage = promotesImage; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

package org.steerdesk.training.web;

import java.time.LocalDate;

import org.steerdesk.training.TargetGroup;
import org.steerdesk.training.Training;
import org.steerdesk.training.TrainingDraft;

/** The course form's fields. */
public class TrainingForm {

	private String code;

	private String title;

	private TargetGroup targetGroup;

	private LocalDate startDate;

	private LocalDate endDate;

	private Long hours;

	private String organiserUnitCode;

	private Long participants;

	private Long completed;

	private Integer version;

	static TrainingForm of(Training t, String unitCode) {
		TrainingForm form = new TrainingForm();
		form.code = t.code();
		form.title = t.title();
		form.targetGroup = t.targetGroup();
		form.startDate = t.startDate();
		form.endDate = t.endDate();
		form.hours = t.hours();
		form.organiserUnitCode = unitCode;
		form.participants = t.participants();
		form.completed = t.completed();
		form.version = t.version();
		return form;
	}

	TrainingDraft toDraft() {
		return new TrainingDraft(code, title, targetGroup, startDate, endDate, hours, organiserUnitCode, participants, completed);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public TargetGroup getTargetGroup() { return targetGroup; }
	public void setTargetGroup(TargetGroup targetGroup) { this.targetGroup = targetGroup; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public Long getHours() { return hours; }
	public void setHours(Long hours) { this.hours = hours; }
	public String getOrganiserUnitCode() { return organiserUnitCode; }
	public void setOrganiserUnitCode(String organiserUnitCode) { this.organiserUnitCode = organiserUnitCode; }
	public Long getParticipants() { return participants; }
	public void setParticipants(Long participants) { this.participants = participants; }
	public Long getCompleted() { return completed; }
	public void setCompleted(Long completed) { this.completed = completed; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

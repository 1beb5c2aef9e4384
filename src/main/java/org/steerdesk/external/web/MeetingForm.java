package org.steerdesk.external.web;

import java.time.LocalDate;

import org.steerdesk.external.Meeting;
import org.steerdesk.external.MeetingDraft;
import org.steerdesk.external.MeetingMode;

/** The meeting form's fields. */
public class MeetingForm {

	private String code;


	private LocalDate date;

	private MeetingMode mode;

	private String partner;

	private String country;

	private String topic;

	private String unitCode;

	private String outcome;

	private Integer version;

	static MeetingForm of(Meeting m, String unitCode) {
		MeetingForm form = new MeetingForm();
		form.code = m.code();
		form.date = m.date();
		form.mode = m.mode();
		form.partner = m.partner();
		form.country = m.country();
		form.topic = m.topic();
		form.unitCode = unitCode;
		form.outcome = m.outcome();
		form.version = m.version();
		return form;
	}

	MeetingDraft toDraft() {
		return new MeetingDraft(code, date, mode, partner, country, topic, unitCode, outcome);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public MeetingMode getMode() { return mode; }
	public void setMode(MeetingMode mode) { this.mode = mode; }
	public String getPartner() { return partner; }
	public void setPartner(String partner) { this.partner = partner; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getTopic() { return topic; }
	public void setTopic(String topic) { this.topic = topic; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public String getOutcome() { return outcome; }
	public void setOutcome(String outcome) { this.outcome = outcome; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

package org.steerdesk.org.web;

import org.steerdesk.org.Person;
import org.steerdesk.org.PersonDraft;

/** The person form's fields. */
public class PersonForm {

	private String code;

	private String fullName;

	private String position;

	private String unitCode;

	private Integer version;

	static PersonForm of(Person person, String unitCode) {
		PersonForm form = new PersonForm();
		form.code = person.code();
		form.fullName = person.fullName();
		form.position = person.position();
		form.unitCode = unitCode;
		form.version = person.version();
		return form;
	}

	PersonDraft toDraft() {
		return new PersonDraft(code, fullName, position, unitCode);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getPosition() { return position; }
	public void setPosition(String position) { this.position = position; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

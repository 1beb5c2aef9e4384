package org.steerdesk.external.web;

import org.steerdesk.external.Partner;
import org.steerdesk.external.PartnerDraft;
import org.steerdesk.external.PartnerKind;

/** The partner form's fields. */
public class PartnerForm {

	private String code;

	private String name;

	private String nameVi;

	private String country;

	private PartnerKind kind;

	private String contacts;

	private Integer version;

	static PartnerForm of(Partner p) {
		PartnerForm form = new PartnerForm();
		form.code = p.code();
		form.name = p.name();
		form.nameVi = p.nameVi();
		form.country = p.country().code();
		form.kind = p.kind();
		form.contacts = p.contacts();
		form.version = p.version();
		return form;
	}

	PartnerDraft toDraft() {
		return new PartnerDraft(code, name, nameVi, country, kind, contacts);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getNameVi() { return nameVi; }
	public void setNameVi(String nameVi) { this.nameVi = nameVi; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public PartnerKind getKind() { return kind; }
	public void setKind(PartnerKind kind) { this.kind = kind; }
	public String getContacts() { return contacts; }
	public void setContacts(String contacts) { this.contacts = contacts; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

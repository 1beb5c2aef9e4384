package org.steerdesk.awards.web;

import org.steerdesk.awards.Authority;
import org.steerdesk.awards.AuthorityDraft;

/** The authority form's fields. */
public class AuthorityForm {

	private String code;

	private String nameVi;

	private String nameEn;

	private String unitCode;

	private String symbol;

	private Integer version;

	static AuthorityForm of(Authority a, String unitCode) {
		AuthorityForm form = new AuthorityForm();
		form.code = a.code();
		form.nameVi = a.nameVi();
		form.nameEn = a.nameEn();
		form.unitCode = unitCode;
		form.symbol = a.symbol();
		form.version = a.version();
		return form;
	}

	AuthorityDraft toDraft() {
		return new AuthorityDraft(code, nameVi, nameEn, unitCode, symbol);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getSymbol() {
		return symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}

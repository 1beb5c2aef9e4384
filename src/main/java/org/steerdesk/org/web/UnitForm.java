package org.steerdesk.org.web;

import java.time.LocalDate;

import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitDraft;
import org.steerdesk.org.UnitKind;

/** The unit form's fields. */
public class UnitForm {

	private String code;

	private String nameVi;

	private String nameEn;

	private UnitKind kind;

	private String parentCode;


	private LocalDate validFrom;


	private LocalDate validTo;

	private Long sortOrder;

	private String successorCode;

	private Integer version;

	static UnitForm of(OrgUnit unit, String parentCode, String successorCode) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.nameVi = unit.nameVi();
		form.nameEn = unit.nameEn();
		form.kind = unit.kind();
		form.parentCode = parentCode;
		form.validFrom = unit.validFrom();
		form.validTo = unit.validTo();
		form.sortOrder = unit.sortOrder() == null ? null : unit.sortOrder().longValue();
		form.successorCode = successorCode;
		form.version = unit.version();
		return form;
	}

	UnitDraft toDraft() {
		return new UnitDraft(code, nameVi, nameEn, kind, parentCode, validFrom, validTo, successorCode, sortOrder);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getNameVi() { return nameVi; }
	public void setNameVi(String nameVi) { this.nameVi = nameVi; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public UnitKind getKind() { return kind; }
	public void setKind(UnitKind kind) { this.kind = kind; }
	public String getParentCode() { return parentCode; }
	public void setParentCode(String parentCode) { this.parentCode = parentCode; }
	public LocalDate getValidFrom() { return validFrom; }
	public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
	public Long getSortOrder() { return sortOrder; }
	public void setSortOrder(Long sortOrder) { this.sortOrder = sortOrder; }
	public LocalDate getValidTo() { return validTo; }
	public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
	public String getSuccessorCode() { return successorCode; }
	public void setSuccessorCode(String successorCode) { this.successorCode = successorCode; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

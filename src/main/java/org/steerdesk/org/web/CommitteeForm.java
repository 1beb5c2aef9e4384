package org.steerdesk.org.web;

import org.steerdesk.org.Committee;
import org.steerdesk.org.CommitteeDraft;
import org.steerdesk.org.DocumentStyle;
import org.steerdesk.shared.ReportingWindow;

/** The committee form's fields. */
public class CommitteeForm {

	private String code;

	private String nameVi;

	private String nameEn;

	private String scopeUnitCode;

	private DocumentStyle documentStyle;

	private ReportingWindow reportingWindow;

	private String governingBodyVi;

	private String symbol;

	private Integer version;

	static CommitteeForm of(Committee c, String scopeUnitCode) {
		CommitteeForm form = new CommitteeForm();
		form.code = c.code();
		form.nameVi = c.nameVi();
		form.nameEn = c.nameEn();
		form.scopeUnitCode = scopeUnitCode;
		form.documentStyle = c.documentStyle();
		form.reportingWindow = c.reportingWindow();
		form.governingBodyVi = c.governingBodyVi();
		form.symbol = c.symbol();
		form.version = c.version();
		return form;
	}

	CommitteeDraft toDraft() {
		return new CommitteeDraft(code, nameVi, nameEn, scopeUnitCode, documentStyle, reportingWindow, governingBodyVi, symbol);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getNameVi() { return nameVi; }
	public void setNameVi(String nameVi) { this.nameVi = nameVi; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public String getScopeUnitCode() { return scopeUnitCode; }
	public void setScopeUnitCode(String scopeUnitCode) { this.scopeUnitCode = scopeUnitCode; }
	public DocumentStyle getDocumentStyle() { return documentStyle; }
	public void setDocumentStyle(DocumentStyle documentStyle) { this.documentStyle = documentStyle; }
	public ReportingWindow getReportingWindow() { return reportingWindow; }
	public void setReportingWindow(ReportingWindow reportingWindow) { this.reportingWindow = reportingWindow; }
	public String getGoverningBodyVi() { return governingBodyVi; }
	public void setGoverningBodyVi(String governingBodyVi) { this.governingBodyVi = governingBodyVi; }
	public String getSymbol() { return symbol; }
	public void setSymbol(String symbol) { this.symbol = symbol; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

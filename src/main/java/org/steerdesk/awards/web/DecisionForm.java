package org.steerdesk.awards.web;

import java.time.LocalDate;

import org.steerdesk.awards.AwardForm;
import org.steerdesk.awards.DecisionDraft;

/** The new decision form's fields: without a number and day a draft, with them a decision already signed. */
public class DecisionForm {

	private String authorityCode;

	private AwardForm form;

	private String campaign;

	private String signer;

	private String decisionNumber;

	private LocalDate decisionDate;

	DecisionDraft toDraft() {
		return new DecisionDraft(authorityCode, form, campaign, signer, decisionNumber, decisionDate);
	}

	public String getAuthorityCode() {
		return authorityCode;
	}

	public void setAuthorityCode(String authorityCode) {
		this.authorityCode = authorityCode;
	}

	public AwardForm getForm() {
		return form;
	}

	public void setForm(AwardForm form) {
		this.form = form;
	}

	public String getCampaign() {
		return campaign;
	}

	public void setCampaign(String campaign) {
		this.campaign = campaign;
	}

	public String getSigner() {
		return signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}
}

package org.steerdesk.review;

import java.time.LocalDate;


/** What the secretariat gives when issuing: date and place, signature block and recipients. */
public class IssueForm {


	private LocalDate date;

	private String place;

	private String signaturePrefix;

	private String signerTitle;

	private String signerName;

	private String recipients;

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getSignaturePrefix() {
		return signaturePrefix;
	}

	public void setSignaturePrefix(String signaturePrefix) {
		this.signaturePrefix = signaturePrefix;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public void setSignerTitle(String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public String getSignerName() {
		return signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getRecipients() {
		return recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}
}

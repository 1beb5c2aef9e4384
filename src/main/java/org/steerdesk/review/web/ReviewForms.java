package org.steerdesk.review.web;

/** The forms of the review pages (bound by Spring MVC, so plain getters and setters). */
final class ReviewForms {

	private ReviewForms() {
	}

	/** Drafting a review: committee, year, language. */
	public static class Create {

		private String committee;

		private Integer year;

		private String language = "vi";

		/** Drafting anyway, after the page warned of a review like it or of a year without records. */
		private boolean confirmed;

		public boolean isConfirmed() {
			return confirmed;
		}

		public void setConfirmed(boolean confirmed) {
			this.confirmed = confirmed;
		}

		public String getCommittee() {
			return committee;
		}

		public void setCommittee(String committee) {
			this.committee = committee;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}
	}

	/** Editing a draft: subject, narrative, a note on the change, and the version it started from. */
	public static class Narrative {

		private String subject;

		private String body;

		private String note;

		private Integer basedOn;

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Integer getBasedOn() {
			return basedOn;
		}

		public void setBasedOn(Integer basedOn) {
			this.basedOn = basedOn;
		}
	}

	/** Editing a template; {@code previewYear} is the year whose figures the preview shows. */
	public static class Template {

		private String title;

		private String subject;

		private String body;

		private String recipients;

		private Integer version;

		private Integer previewYear;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getRecipients() {
			return recipients;
		}

		public void setRecipients(String recipients) {
			this.recipients = recipients;
		}

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public Integer getPreviewYear() {
			return previewYear;
		}

		public void setPreviewYear(Integer previewYear) {
			this.previewYear = previewYear;
		}
	}
}

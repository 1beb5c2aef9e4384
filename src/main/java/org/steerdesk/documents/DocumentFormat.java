package org.steerdesk.documents;

/** The formats an official document is written in, with the media type it is served as. */
public enum DocumentFormat {
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

	public final String mediaType;

	DocumentFormat(String mediaType) {
		this.mediaType = mediaType;
	}
}

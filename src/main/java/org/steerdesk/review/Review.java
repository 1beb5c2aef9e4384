package org.steerdesk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An annual review of a committee for a year, in one language: a draft until issued, then frozen
 * with its number, date line, signer, recipients and figures.
 */
public record Review(long id, long committeeId, int year, String language, LocalDate from, LocalDate to, String title, String subject,
		List<String> recipients, Status status, Instant createdAt, String createdBy, Issue issue) {

	public enum Status {
		DRAFT, ISSUED
	}

	/** What issuing fixed: number, date and place, signature, and which narrative version. */
	public record Issue(int sequence, String number, LocalDate date, String place, String signaturePrefix, String signerTitle,
			String signerName, Instant issuedAt, String issuedBy, int narrativeVersion) {
	}

	public boolean issued() {
		return status == Status.ISSUED;
	}

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}
}

package org.steerdesk.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of an official document: issuing body (and the body above it), number, place and
 * date, title and subject line, body paragraphs ({@link Paragraph}), recipients and signature.
 */
public record OfficialDocument(String governingBody, String issuer, String number, String place, LocalDate date, String title,
		String subject, List<Paragraph> body, List<String> recipients, String signaturePrefix, String signerTitle, String signerName) {

	/** A body paragraph; headings ("I.", "1.", "a)") are bold and not indented. */
	public record Paragraph(String text, boolean heading) {

		public static Paragraph text(String text) {
			return new Paragraph(text, false);
		}

		public static Paragraph heading(String text) {
			return new Paragraph(text, true);
		}
	}

	/** The place-and-date line: "Lạng Sơn, ngày 05 tháng 01 năm 2023". */
	public String placeAndDate() {
		return String.format("%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}
}

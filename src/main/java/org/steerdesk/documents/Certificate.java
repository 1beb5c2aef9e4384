package org.steerdesk.documents;

/**
 * One certificate of merit or of commendation, as printed: the awarding body's heading, the word
 * before the title ("TẶNG"), the title ("BẰNG KHEN"), the recipient's name and the line under it
 * (position and unit), the citation, and the foot: the decision's number and date on the left, place
 * and date and the signature block on the right.
 */
public record Certificate(String heading, String wording, String title, String name, String details, String citation, String decisionLine,
		String placeAndDate, String signerPrefix, String signerTitle, String signerName) {
}

package org.steerdesk.documents;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An official document layout as data (DESIGN.md "Documents"): page margins in millimetres, the
 * font and every size in points. {@link #STATE} follows Decree 30/2020/ND-CP Appendix I;
 * {@link #PARTY} Guideline 36-HD/VPTW. The words of each style (national title, motto, number
 * format, date line) are in the message bundles under {@code document.<STYLE>.*}, read by
 * {@link DocumentWords}. Both writers (DOCX, PDF) take every measure from here.
 */
public record Layout(String name, double marginTopMm, double marginBottomMm, double marginLeftMm, double marginRightMm,
		String font, int nationalTitlePt, int mottoPt, int issuerPt, int numberPt, int titlePt, int bodyPt,
		double firstLineIndentCm, int paragraphSpacingPt, int recipientsLabelPt, int recipientsPt, int pageNumberPt) {

	/**
	 * Decree 30/2020: A4, margins 20/20/30/15 mm, Times New Roman, national title 12 pt and motto
	 * 13 pt (so each fits its line), body 14 pt, "Số: 05/BC-BCĐ".
	 */
	public static final Layout STATE = new Layout("STATE", 20, 20, 30, 15, "Times New Roman", 12, 13, 13, 13, 14, 14, 1.27, 6, 12,
			11, 13);

	/** Party style: "ĐẢNG CỘNG SẢN VIỆT NAM" top right, "Số 05-BC/BCĐ" (hyphen, no colon), larger sizes. */
	public static final Layout PARTY = new Layout("PARTY", 20, 20, 30, 15, "Times New Roman", 15, 14, 14, 14, 16, 14, 1.27, 6, 14,
			12, 14);

	/** The style of this name ({@code STATE} or {@code PARTY}). */
	public static Layout of(String style) {
		return "PARTY".equals(style) ? PARTY : STATE;
	}

	/**
	 * The texts of a style in one language. {@code motto} is null in the Party style;
	 * {@code numberFormat} takes (number, kind, symbol), {@code dateLine} (place, date).
	 */
	public record Words(String nationalTitle, String motto, String numberFormat, String dateLine, String recipientsLabel,
			String annexTitle, Locale locale) {

		/** "Số: 05/BC-BCĐ" / "Số 05-BC/BCĐ" / "No.: 05/BC-BCĐ". */
		public String number(int sequence, String kind, String symbol) {
			return String.format(locale, numberFormat, String.format("%02d", sequence), kind, symbol);
		}

		/** The number of a document not yet issued: "Số:      /BC-BCĐ". */
		public String blankNumber(String kind, String symbol) {
			return String.format(locale, numberFormat, "\u00a0\u00a0\u00a0\u00a0\u00a0", kind, symbol);
		}

		/** The place-and-date line: "Lạng Sơn, ngày 05 tháng 01 năm 2023" / "Lang Son, 05 January 2023". */
		public String placeAndDate(String place, LocalDate date) {
			return String.format(locale, dateLine, place, date);
		}
	}
}

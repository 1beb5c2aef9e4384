package org.steerdesk.documents;

/**
 * An official document layout as data (DESIGN.md "Documents"): page, margins in millimetres,
 * font and sizes in points, and the header texts and number format of the style.
 * {@link #STATE} follows Decree 30/2020/ND-CP Appendix I; {@link #PARTY} Guideline 36-HD/VPTW.
 */
public record Layout(String name, double marginTopMm, double marginBottomMm, double marginLeftMm, double marginRightMm,
		String font, int nationalTitlePt, int mottoPt, int issuerPt, int titlePt, int bodyPt, double firstLineIndentCm,
		int paragraphSpacingPt, int recipientsLabelPt, int recipientsPt, String nationalTitle, String motto, String numberFormat) {

	/** Decree 30/2020: A4, margins 20/20/30/15 mm, Times New Roman, body 14 pt, "Số: 05/BC-BCĐ". */
	public static final Layout STATE = new Layout("STATE", 20, 20, 30, 15, "Times New Roman", 13, 14, 13, 14, 14, 1.27, 6, 12, 11,
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: %02d/%s-%s");

	/** Party style: "ĐẢNG CỘNG SẢN VIỆT NAM" top right, "Số 05-BC/BCĐ" (hyphen, no colon), larger sizes. */
	public static final Layout PARTY = new Layout("PARTY", 20, 20, 30, 15, "Times New Roman", 15, 14, 14, 16, 14, 1.27, 6, 14, 12,
			"ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số %02d-%s/%s");

	/** The document number in this style: {@code Số: 05/BC-BCĐ} or {@code Số 05-BC/BCĐ}. */
	public String number(int sequence, String kind, String symbol) {
		return String.format(numberFormat, sequence, kind, symbol);
	}
}

package org.steerdesk.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An official document layout as data (DESIGN.md "Documents"): page, margins in millimetres,
 * font and sizes in points, and the words of the style in each language (national title, motto,
 * number format, place-and-date line, recipients label). {@link #STATE} follows Decree
 * 30/2020/ND-CP Appendix I; {@link #PARTY} Guideline 36-HD/VPTW. Both writers (DOCX, PDF) read
 * every measure from here.
 */
public record Layout(String name, double marginTopMm, double marginBottomMm, double marginLeftMm, double marginRightMm,
		String font, int nationalTitlePt, int mottoPt, int issuerPt, int numberPt, int titlePt, int bodyPt,
		double firstLineIndentCm, int paragraphSpacingPt, int recipientsLabelPt, int recipientsPt, int pageNumberPt,
		Words vi, Words en) {

	/** The texts of a style in one language. {@code motto} is null in the Party style. */
	public record Words(String nationalTitle, String motto, String numberFormat, String dateLine, String recipientsLabel,
			String annexTitle, Locale locale) {

		/** The place-and-date line: "Lạng Sơn, ngày 05 tháng 01 năm 2023" / "Lang Son, 05 January 2023". */
		public String placeAndDate(String place, LocalDate date) {
			if (locale.getLanguage().equals("vi")) {
				return String.format(dateLine, place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
			}
			return String.format(dateLine, place, date.format(DateTimeFormatter.ofPattern("dd MMMM yyyy", locale)));
		}
	}

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** Decree 30/2020: A4, margins 20/20/30/15 mm, Times New Roman, national title 12 pt and motto 13 pt (so each fits its line), body 14 pt, "Số: 05/BC-BCĐ". */
	public static final Layout STATE = new Layout("STATE", 20, 20, 30, 15, "Times New Roman", 12, 13, 13, 13, 14, 14, 1.27, 6, 12,
			11, 13,
			new Words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: %02d/%s-%s",
					"%s, ngày %02d tháng %02d năm %d", "Nơi nhận:", "PHỤ LỤC", VI),
			new Words("SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "No.: %02d/%s-%s", "%s, %s",
					"Recipients:", "ANNEX", Locale.ENGLISH));

	/** Party style: "ĐẢNG CỘNG SẢN VIỆT NAM" top right, "Số 05-BC/BCĐ" (hyphen, no colon), larger sizes. */
	public static final Layout PARTY = new Layout("PARTY", 20, 20, 30, 15, "Times New Roman", 15, 14, 14, 14, 16, 14, 1.27, 6,
			14, 12, 14,
			new Words("ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số %02d-%s/%s", "%s, ngày %02d tháng %02d năm %d", "Nơi nhận:", "PHỤ LỤC",
					VI),
			new Words("COMMUNIST PARTY OF VIET NAM", null, "No. %02d-%s/%s", "%s, %s", "Recipients:", "ANNEX", Locale.ENGLISH));

	/** The style of this name ({@code STATE} or {@code PARTY}). */
	public static Layout of(String style) {
		return "PARTY".equals(style) ? PARTY : STATE;
	}

	public Words words(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : vi;
	}

	/** The document number in this style, in Vietnamese: {@code Số: 05/BC-BCĐ} or {@code Số 05-BC/BCĐ}. */
	public String number(int sequence, String kind, String symbol) {
		return number(sequence, kind, symbol, VI);
	}

	public String number(int sequence, String kind, String symbol, Locale locale) {
		return String.format(words(locale).numberFormat(), sequence, kind, symbol);
	}
}

package org.steerdesk.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of an official document: issuing body (and the body above it), number, place and
 * date, title and subject line, body blocks, recipients, signature and an optional annex, with the
 * words of its style in its language. The writers add the layout; nothing here says how big or where.
 */
public record OfficialDocument(Layout.Words words, String governingBody, String issuer, String number, String place, LocalDate date,
		String title, String subject, List<Block> body, List<String> recipients, String signaturePrefix, String signerTitle,
		String signerName, Annex annex) {

	/** A piece of text with its emphasis; {@code link} is an address for annex cells, else null. */
	public record Run(String text, boolean bold, boolean italic, String link) {

		public static Run plain(String text) {
			return new Run(text, false, false, null);
		}
	}

	public enum Kind {
		HEADING, PARAGRAPH, LIST_ITEM, CENTRED
	}

	/**
	 * A body block: a heading ("I.", "1.", "a)": bold, not indented), a paragraph (justified,
	 * first-line indent), a list item ({@code marker} "-" or "1.") or a centred line (a decision's
	 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" and "QUYẾT ĐỊNH:", bold).
	 */
	public record Block(Kind kind, int level, String marker, List<Run> runs) {

		public static Block heading(int level, String text) {
			return new Block(Kind.HEADING, level, null, List.of(Run.plain(text)));
		}

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, 0, null, List.of(Run.plain(text)));
		}

		/** A paragraph in italics (a decision's legal bases). */
		public static Block italic(String text) {
			return new Block(Kind.PARAGRAPH, 0, null, List.of(new Run(text, false, true, null)));
		}

		/** A centred line in bold. */
		public static Block centred(String text) {
			return new Block(Kind.CENTRED, 0, null, List.of(new Run(text, true, false, null)));
		}

		public String text() {
			StringBuilder out = new StringBuilder();
			runs.forEach(r -> out.append(r.text()));
			return out.toString();
		}
	}

	/**
	 * An annex table on its own page: column headers and rows of cells; each row's link is printed
	 * in full (the reader of paper needs the address) under the text of column {@code linkColumn}.
	 */
	public record Annex(String title, String subject, List<String> headers, List<AnnexRow> rows, int linkColumn, int numbersFrom) {

		/** An annex with no number columns. */
		public Annex(String title, String subject, List<String> headers, List<AnnexRow> rows, int linkColumn) {
			this(title, subject, headers, rows, linkColumn, headers.size());
		}

		/** Whether column {@code c} holds numbers (right-aligned). */
		public boolean isNumber(int c) {
			return c >= numbersFrom;
		}

		/**
		 * Column widths in percent of the text width: the first (the row number) narrow, every number
		 * column {@value #NUMBER_WIDTH}%, the other columns sharing what is left.
		 */
		public int[] widths() {
			int columns = headers.size();
			int[] widths = new int[columns];
			int numbers = Math.max(0, columns - numbersFrom);
			int texts = columns - 1 - numbers;
			int left = 100 - FIRST_WIDTH - numbers * NUMBER_WIDTH;
			for (int c = 0; c < columns; c++) {
				widths[c] = c == 0 ? FIRST_WIDTH : isNumber(c) ? NUMBER_WIDTH : left / Math.max(1, texts);
			}
			return widths;
		}

		static final int FIRST_WIDTH = 6;

		static final int NUMBER_WIDTH = 15;
	}

	/** A row of the annex; {@code note} is small print under the link column's text (e.g. a figure's key for API users). */
	public record AnnexRow(List<String> cells, String link, String note) {

		public AnnexRow(List<String> cells, String link) {
			this(cells, link, null);
		}
	}

	/** Words after which an office breaks the issuing body's name: the administrative level of the place. */
	private static final List<String> PLACE_LEVELS = List.of("TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ",
			"THỊ TRẤN ");

	/**
	 * The lines of an issuing body's name (upper case) as an office sets them: the body, then its
	 * place ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN"); a name that starts with its place ("TỈNH ỦY LẠNG
	 * SƠN") or names no place stays one line.
	 */
	public static List<String> bodyLines(String name) {
		int best = -1;
		for (String level : PLACE_LEVELS) {
			int at = name.indexOf(" " + level);
			if (at > 0 && (best < 0 || at < best) && name.substring(at + 1).strip().contains(" ")) {
				best = at;
			}
		}
		return best < 0 ? List.of(name) : List.of(name.substring(0, best).strip(), name.substring(best + 1).strip());
	}

	/** "Tỉnh Lạng Sơn (dữ liệu demo)" → "Lạng Sơn": the place a unit's name names, without its kind, for a document's date line. */
	public static String placeName(String unitName) {
		String name = unitName.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
		return name.replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Province of|City of)\\s+", "")
			.replaceFirst("\\s+(Province|City|District)$", "");
	}
}

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
		HEADING, PARAGRAPH, LIST_ITEM
	}

	/**
	 * A body block: a heading ("I.", "1.", "a)": bold, not indented), a paragraph (justified,
	 * first-line indent) or a list item ({@code marker} "-" or "1.").
	 */
	public record Block(Kind kind, int level, String marker, List<Run> runs) {

		public static Block heading(int level, String text) {
			return new Block(Kind.HEADING, level, null, List.of(Run.plain(text)));
		}

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, 0, null, List.of(Run.plain(text)));
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
	public record Annex(String title, String subject, List<String> headers, List<AnnexRow> rows, int linkColumn) {
	}

	public record AnnexRow(List<String> cells, String link) {
	}
}

package org.steerdesk.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.documents.DocumentFormat;
import org.steerdesk.documents.DocxWriter;
import org.steerdesk.documents.Layout;
import org.steerdesk.documents.OfficialDocument;
import org.steerdesk.documents.PdfWriter;
import org.steerdesk.org.Committee;
import org.steerdesk.shared.NumberPhrasing;

/**
 * A review as an official document in its committee's style: header, number (blank until issued),
 * place and date, title and subject, the filled narrative, recipients, signature, and the annex of
 * every figure with its key, definition, values and drill-down address.
 */
@Component
public class ReviewDocuments {

	private final DocxWriter docx;

	private final PdfWriter pdf;

	private final MessageSource messages;

	private final DocumentWords words;

	ReviewDocuments(DocxWriter docx, PdfWriter pdf, MessageSource messages, DocumentWords words) {
		this.docx = docx;
		this.pdf = pdf;
		this.messages = messages;
		this.words = words;
	}

	/** The document; {@code signature} gives a draft's place, date and signer (null once issued). */
	public byte[] write(DocumentFormat format, ReviewView view, IssueForm signature, String baseUrl) {
		OfficialDocument document = document(view, signature, baseUrl);
		return format == DocumentFormat.DOCX ? docx.write(document, layout(view.committee())) : pdf.write(document, layout(view.committee()));
	}

	static Layout layout(Committee committee) {
		return Layout.of(committee.documentStyle().name());
	}

	OfficialDocument document(ReviewView view, IssueForm signature, String baseUrl) {
		Review review = view.review();
		Committee committee = view.committee();
		Locale locale = review.locale();
		Layout layout = layout(committee);
		Layout.Words style = words.of(layout, locale);
		Review.Issue issue = review.issue();
		String number = issue != null ? issue.number() : style.blankNumber("BC", committee.documentSymbol());
		String subject = issue != null ? view.subject() : view.subject() + " " + messages.getMessage("review.document.draftMark", null, locale);
		// the annex: each figure by its label in the document's language (its key only in small print,
		// for API users), numbers right-aligned, no previous-year column when that year has no records
		boolean previous = !view.previousEmpty();
		List<OfficialDocument.AnnexRow> rows = new ArrayList<>();
		int n = 1;
		for (FigureLine line : view.figures()) {
			long value = issue != null ? line.issued() : line.value();
			String definition = line.definition().isEmpty() ? line.label() : line.label() + ": " + line.definition();
			List<String> cells = new ArrayList<>(List.of(String.valueOf(n++), definition, NumberPhrasing.exact(value, locale)));
			if (previous) {
				cells.add(NumberPhrasing.exact(line.previous(), locale));
			}
			rows.add(new OfficialDocument.AnnexRow(cells, line.drillDown() == null ? null : baseUrl + line.drillDown(), line.key()));
		}
		List<String> headers = new ArrayList<>(List.of(messages.getMessage("review.annex.no", null, locale),
				messages.getMessage("review.annex.definition", null, locale),
				messages.getMessage("review.annex.value", new Object[] { String.valueOf(review.year()) }, locale)));
		if (previous) {
			headers.add(messages.getMessage("review.annex.value", new Object[] { String.valueOf(review.year() - 1) }, locale));
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		// "(Kèm theo Báo cáo số 05/BC-BCĐ ngày 05/01/2024 của Ban Chỉ đạo ...)"; a draft's number and date stay blank
		String bareNumber = number.replaceFirst("^(Số:?|No\\.:?)\\s*", "");
		String attachedTo = messages.getMessage("review.annex.attached", new Object[] { bareNumber,
				issue != null ? issue.date().format(day) : "\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0\u00a0",
				committee.name(locale) }, locale);
		OfficialDocument.Annex annex = new OfficialDocument.Annex(style.annexTitle(), attachedTo + "\n"
				+ messages.getMessage("review.annex.subject", new Object[] { String.valueOf(review.year()), review.from().format(day),
						review.to().format(day) }, locale),
				headers, rows, 1, 2);
		return new OfficialDocument(style, committee.governingBodyVi(), committee.name(locale), number,
				issue != null ? issue.place() : signature.getPlace(), issue != null ? issue.date() : signature.getDate(), review.title(), subject,
				view.blocks(), review.recipients(), issue != null ? issue.signaturePrefix() : signature.getSignaturePrefix(),
				issue != null ? issue.signerTitle() : signature.getSignerTitle(), issue != null ? issue.signerName() : signature.getSignerName(),
				annex);
	}
}

package org.steerdesk.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steerdesk.documents.DocumentWords;
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

	public enum Format {
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

		public final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}
	}

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
	public byte[] write(Format format, ReviewView view, IssueForm signature, String baseUrl) {
		OfficialDocument document = document(view, signature, baseUrl);
		return format == Format.DOCX ? docx.write(document, layout(view.committee())) : pdf.write(document, layout(view.committee()));
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
		List<OfficialDocument.AnnexRow> rows = new ArrayList<>();
		int n = 1;
		for (FigureLine line : view.figures()) {
			long value = issue != null ? line.issued() : line.value();
			String definition = line.definition().isEmpty() ? line.label() : line.label() + ": " + line.definition();
			rows.add(new OfficialDocument.AnnexRow(List.of(String.valueOf(n++), line.key(), definition, NumberPhrasing.exact(value, locale),
					NumberPhrasing.exact(line.previous(), locale)), line.drillDown() == null ? null : baseUrl + line.drillDown()));
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		OfficialDocument.Annex annex = new OfficialDocument.Annex(style.annexTitle(),
				messages.getMessage("review.annex.subject", new Object[] { String.valueOf(review.year()), review.from().format(day),
						review.to().format(day) },
						locale),
				List.of(messages.getMessage("review.annex.no", null, locale), messages.getMessage("review.annex.key", null, locale),
						messages.getMessage("review.annex.definition", null, locale),
						messages.getMessage("review.annex.value", new Object[] { String.valueOf(review.year()) }, locale),
						messages.getMessage("review.annex.value", new Object[] { String.valueOf(review.year() - 1) }, locale)),
				rows, 2);
		return new OfficialDocument(style, committee.governingBodyVi(), committee.name(locale), number,
				issue != null ? issue.place() : signature.getPlace(), issue != null ? issue.date() : signature.getDate(), review.title(), subject,
				view.blocks(), review.recipients(), issue != null ? issue.signaturePrefix() : signature.getSignaturePrefix(),
				issue != null ? issue.signerTitle() : signature.getSignerTitle(), issue != null ? issue.signerName() : signature.getSignerName(),
				annex);
	}
}

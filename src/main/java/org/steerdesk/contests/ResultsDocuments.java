package org.steerdesk.contests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.documents.DocumentFormat;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.documents.DocxWriter;
import org.steerdesk.documents.Layout;
import org.steerdesk.documents.OfficialDocument;
import org.steerdesk.documents.PdfWriter;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;

/**
 * A contest's results as a notice in the state layout (DOCX or PDF): "THÔNG BÁO Kết quả ...", the
 * ranking with each entry's authors, unit, score and prize as its annex; a draft until confirmed.
 */
@Service
@Transactional(readOnly = true)
public class ResultsDocuments {

	private final Contests contests;

	private final ContestEntries entries;

	private final ContestResults results;

	private final Units units;

	private final DocumentWords words;

	private final DocxWriter docx;

	private final PdfWriter pdf;

	private final MessageSource messages;

	ResultsDocuments(Contests contests, ContestEntries entries, ContestResults results, Units units, DocumentWords words, DocxWriter docx,
			PdfWriter pdf, MessageSource messages) {
		this.contests = contests;
		this.entries = entries;
		this.results = results;
		this.units = units;
		this.words = words;
		this.docx = docx;
		this.pdf = pdf;
		this.messages = messages;
	}

	public byte[] write(String code, DocumentFormat format, Actor actor, Locale locale) {
		Contest contest = contests.requireFull(code, actor);
		OrgUnit unit = contest.unitId() == null ? null : units.byId(contest.unitId()).orElse(null);
		String issuer = unit == null ? say("contests.doc.organisers", locale) : unit.name(locale);
		Layout.Words style = words.of(Layout.STATE, locale);
		List<OfficialDocument.AnnexRow> rows = new ArrayList<>();
		for (ContestResults.Result r : results.results(contest)) {
			Entry e = r.ranked().entry();
			rows.add(new OfficialDocument.AnnexRow(List.of(String.valueOf(r.ranked().rank()), e.code() + " — " + e.title(),
					String.join(", ", entries.authors(e).stream().map(Author::name).toList()),
					units.byId(e.unitId()).map(u -> u.name(locale)).orElse(""), org.steerdesk.shared.NumberPhrasing.decimal(r.ranked().score(), locale),
					r.prize() == null ? "" : r.prize()), null));
		}
		String subject = say("contests.doc.subject", locale, contest.name()) + (contest.confirmed() ? "" : " " + say("review.document.draftMark", locale));
		OfficialDocument.Annex annex = new OfficialDocument.Annex(say("awards.doc.annexTitle", locale), say("contests.doc.annexSubject", locale,
				contest.name()), List.of(say("contests.rank", locale), say("contests.entry", locale), say("contests.authors", locale),
						say("contests.unit", locale), say("contests.score", locale), say("contests.prize", locale)), rows, 1, 4);
		List<OfficialDocument.Block> body = List.of(OfficialDocument.Block.paragraph(say("contests.doc.body", locale, contest.name(),
				results.results(contest).size())));
		OfficialDocument document = new OfficialDocument(style, null, issuer, style.blankNumber("TB", "BTC"),
				OfficialDocument.placeName(issuer), ProvinceTime.today(), say("contests.doc.title", locale), subject, body,
				List.of(say("contests.doc.recipients", locale), say("awards.doc.recipients2", locale)), say("contests.doc.prefix", locale),
				say("contests.doc.signer", locale), "", annex);
		return format == DocumentFormat.DOCX ? docx.write(document, Layout.STATE) : pdf.write(document, Layout.STATE);
	}

	private String say(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

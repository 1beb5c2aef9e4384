package org.steerdesk.gatherings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.documents.DocumentWords;
import org.steerdesk.documents.Layout;
import org.steerdesk.documents.PdfWriter;
import org.steerdesk.documents.WorkingPaper;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/**
 * A gathering's printed papers, for readers of it: the programme (its agenda: time, content,
 * presenter) and the attendance list (its people as they were, with role and attendance, and a
 * column to sign), as PDF in the state layout of Decree 30/2020 under the organiser's name, in the
 * reader's language.
 */
@Service
@Transactional(readOnly = true)
public class GatheringPapers {

	public enum Paper {
		PROGRAMME, ATTENDANCE
	}

	private final Gatherings gatherings;

	private final GatheringDetails details;

	private final Units units;

	private final DocumentWords words;

	private final PdfWriter pdf;

	private final MessageSource messages;

	GatheringPapers(Gatherings gatherings, GatheringDetails details, Units units, DocumentWords words, PdfWriter pdf, MessageSource messages) {
		this.gatherings = gatherings;
		this.details = details;
		this.units = units;
		this.words = words;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** The paper as PDF. */
	public byte[] pdf(String code, Paper paper, Actor actor, Locale locale) {
		return pdf.write(paper(code, paper, actor, locale), Layout.STATE);
	}

	/** The paper's content, for a reader of the gathering. */
	public WorkingPaper paper(String code, Paper paper, Actor actor, Locale locale) {
		Gathering gathering = gatherings.require(code, Permission.READ, actor);
		GatheringDetails.Details of = details.of(gathering);
		OrgUnit organiser = units.byId(gathering.unitId()).orElseThrow();
		String above = organiser.parentId() == null ? null : units.byId(organiser.parentId()).map(u -> u.name(locale)).orElse(null);
		List<String> particulars = new ArrayList<>();
		particulars.add(say("gatherings.paper.when", locale, when(gathering, locale)));
		if (gathering.place() != null && !gathering.place().isBlank()) {
			particulars.add(say("gatherings.paper.where", locale, gathering.place()
					+ (gathering.online() ? " (" + say("gatherings.online", locale).toLowerCase(locale) + ")" : "")));
		}
		else if (gathering.online()) {
			particulars.add(say("gatherings.paper.where", locale, say("gatherings.online", locale)));
		}
		String title = say(paper == Paper.PROGRAMME ? "gatherings.paper.programme" : "gatherings.paper.attendance", locale);
		String no = say("gatherings.paper.no", locale);
		if (paper == Paper.PROGRAMME) {
			List<List<String>> rows = new ArrayList<>();
			for (GatheringDetails.AgendaItem item : of.agenda()) {
				rows.add(List.of(String.valueOf(rows.size() + 1), item.time() == null ? "" : item.time(), item.title(),
						item.presenter() == null ? "" : item.presenter()));
			}
			return new WorkingPaper(words.of(Layout.STATE, locale), above, organiser.name(locale), title, gathering.title(), particulars,
					List.of(no, say("gatherings.time", locale), say("gatherings.agendaTitle", locale), say("gatherings.presenter", locale)),
					new int[] { 7, 13, 50, 30 }, rows, false);
		}
		List<List<String>> rows = new ArrayList<>();
		for (GatheringDetails.Participant p : of.people()) {
			String where = p.position() == null ? p.unitName() : p.unitName() == null ? p.position() : p.position() + ", " + p.unitName();
			rows.add(List.of(String.valueOf(rows.size() + 1), p.fullName(), where == null ? "" : where,
					say("gatherings.role." + p.role(), locale), say("gatherings.attendance." + p.attendance(), locale), ""));
		}
		return new WorkingPaper(words.of(Layout.STATE, locale), above, organiser.name(locale), title, gathering.title(), particulars,
				List.of(no, say("org.person.fullName", locale), say("gatherings.paper.position", locale), say("gatherings.role", locale),
						say("gatherings.attendance", locale), say("gatherings.paper.sign", locale)),
				new int[] { 7, 24, 31, 12, 12, 14 }, rows, true);
	}

	/** "08:00, 12/12/2022" or "12/12/2022 – 13/12/2022", in the reader's way of writing days. */
	private String when(Gathering g, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofPattern(say("gatherings.paper.dayPattern", locale), locale);
		String start = (g.startTime() == null ? "" : g.startTime() + ", ") + days.format(g.startDate());
		LocalDate end = g.endDate();
		if (end == null || (end.equals(g.startDate()) && g.endTime() == null)) {
			return start;
		}
		return start + " – " + (g.endTime() == null ? "" : g.endTime() + ", ") + days.format(end);
	}

	private String say(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

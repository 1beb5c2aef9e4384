package org.steerdesk.contests.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.steerdesk.contests.ContestDraft;

/** What the contest pages' text boxes hold: lines of criteria and prizes, decimals with a comma or a point, whole numbers and days. */
final class ContestForms {

	private ContestForms() {
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(60).toList();
	}

	/** Criteria typed a line each: {@code code; name; weight; max}. */
	static List<ContestDraft.CriterionDraft> criteria(String text) {
		List<ContestDraft.CriterionDraft> out = new ArrayList<>();
		for (String line : lines(text)) {
			String[] p = line.split(";", -1);
			out.add(new ContestDraft.CriterionDraft(p[0].strip(), p.length > 1 ? p[1].strip() : null, p.length > 2 ? decimal(p[2]) : null,
					p.length > 3 ? decimal(p[3]) : null));
		}
		return out;
	}

	/** Prize tiers typed a line each: {@code name; places}. */
	static List<ContestDraft.PrizeDraft> prizes(String text) {
		List<ContestDraft.PrizeDraft> out = new ArrayList<>();
		for (String line : lines(text)) {
			String[] p = line.split(";", -1);
			out.add(new ContestDraft.PrizeDraft(p[0].strip(), p.length > 1 ? number(p[1]) : null));
		}
		return out;
	}

	static BigDecimal decimal(String s) {
		try {
			String t = s.strip().replace(',', '.');
			return t.isEmpty() || t.length() > 20 ? null : new BigDecimal(t);
		}
		catch (NumberFormatException e) {
			return BigDecimal.valueOf(-1);
		}
	}

	static Integer number(String s) {
		try {
			return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	static LocalDate day(String s) {
		try {
			return s == null || s.isBlank() ? null : new org.steerdesk.shared.Days().parse(s, Locale.ROOT);
		}
		catch (java.text.ParseException e) {
			return null;
		}
	}
}

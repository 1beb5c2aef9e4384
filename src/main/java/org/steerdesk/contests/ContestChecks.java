package org.steerdesk.contests;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.steerdesk.shared.Codes;
import org.steerdesk.shared.Violations;

/** The checks of a contest's set-up: its texts, year and days, rubric, prize tiers and judges per entry, each naming its field. */
final class ContestChecks {

	/** The set-up's texts as kept (NFC, trimmed). */
	record Texts(String name, String theme, String rules, String categories) {
	}

	private ContestChecks() {
	}

	static Texts check(ContestDraft d, Violations v) {
		String name = v.text(d.name(), "name", 500, true);
		String theme = v.text(d.theme(), "theme", 1000, false);
		String rules = v.text(d.rules(), "rules", 4000, false);
		String categories = v.text(d.categories(), "categories", 1000, false);
		if (d.year() == null) {
			v.add("year", "validation.required");
		}
		else if (d.year() < 1900 || d.year() > 2200) {
			v.add("year", "validation.atMost", d.year(), 2200);
		}
		if (d.edition() != null && (d.edition() < 1 || d.edition() > 1000)) {
			v.add("edition", "validation.atMost", d.edition(), 1000);
		}
		if (d.opensOn() == null) {
			v.add("opensOn", "validation.required");
		}
		if (d.closesOn() == null) {
			v.add("closesOn", "validation.required");
		}
		else if (d.opensOn() != null && d.closesOn().isBefore(d.opensOn())) {
			v.add("closesOn", "validation.endBeforeStart");
		}
		List<ContestDraft.CriterionDraft> criteria = d.criteria() == null ? List.of() : d.criteria();
		if (criteria.isEmpty()) {
			v.add("criteria", "contests.noCriteria");
		}
		if (criteria.size() > 50) {
			v.add("criteria", "validation.atMost", criteria.size(), 50);
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < criteria.size() && i < 50; i++) {
			ContestDraft.CriterionDraft c = criteria.get(i);
			String field = "criteria[" + i + "]";
			if (c == null || c.code() == null || !Codes.isValid(c.code().strip())) {
				v.add(field + ".code", c == null || c.code() == null ? "validation.required" : "validation.code");
			}
			else if (!codes.add(c.code().strip())) {
				v.add(field + ".code", "contests.criterionTwice", c.code().strip());
			}
			if (c != null) {
				v.text(c.name(), field + ".name", 300, true);
				positive(c.weight(), field + ".weight", v);
				positive(c.max(), field + ".max", v);
			}
		}
		List<ContestDraft.PrizeDraft> prizes = d.prizes() == null ? List.of() : d.prizes();
		for (int i = 0; i < prizes.size() && i < 20; i++) {
			ContestDraft.PrizeDraft p = prizes.get(i);
			v.text(p == null ? null : p.name(), "prizes[" + i + "].name", 200, true);
			if (p == null || p.places() == null || p.places() < 1 || p.places() > 1000) {
				v.add("prizes[" + i + "].places", "validation.atMost", p == null ? null : p.places(), 1000);
			}
		}
		if (prizes.size() > 20) {
			v.add("prizes", "validation.atMost", prizes.size(), 20);
		}
		if (d.authorityCode() != null && !d.authorityCode().isBlank() && !Codes.isValid(d.authorityCode().strip())) {
			v.add("authorityCode", "validation.code");
		}
		if (d.awardForm() != null && !d.awardForm().isBlank() && !List.of("BANG_KHEN", "GIAY_KHEN", "OTHER").contains(d.awardForm().strip())) {
			v.add("awardForm", "validation.oneOf", Violations.shown(d.awardForm()), "BANG_KHEN, GIAY_KHEN, OTHER");
		}
		if (d.judgesPerEntry() != null && (d.judgesPerEntry() < 1 || d.judgesPerEntry() > 50)) {
			v.add("judgesPerEntry", "validation.atMost", d.judgesPerEntry(), 50);
		}
		return new Texts(name, theme, rules, categories);
	}

	static void positive(BigDecimal value, String field, Violations v) {
		if (value == null) {
			v.add(field, "validation.required");
		}
		else if (value.signum() <= 0 || value.compareTo(Contests.LIMIT) > 0 || value.scale() > 4) {
			v.add(field, "contests.positive", value.toPlainString(), Contests.LIMIT);
		}
	}
}

package org.steerdesk.contests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What creating a contest takes (spec §4 {@code POST /api/v1/contests}, with this system's extensions). */
public record ContestDraft(String code, String name, Integer edition, Integer year, LocalDate opensOn, LocalDate closesOn,
		List<CriterionDraft> criteria, String unitCode, String theme, String rules, String categories, List<PrizeDraft> prizes,
		Integer judgesPerEntry, String authorityCode, String awardForm) {

	/** A criterion as given: {@code {"code","name","weight","max"}}. */
	public record CriterionDraft(String code, String name, BigDecimal weight, BigDecimal max) {
	}

	/** A prize tier: its name and how many places it has, best first. */
	public record PrizeDraft(String name, Integer places) {
	}
}

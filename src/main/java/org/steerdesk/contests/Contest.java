package org.steerdesk.contests;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contest: code, name, edition and year, theme, rules and categories, the days entries are taken
 * (to the end of {@code closesOn} in the province's time), the organising unit, how judges are
 * assigned ({@code judgesPerEntry} null: every judge to every entry), the spread of judges' totals
 * (a share of the maximum) above which an entry is flagged, the authority and form of the
 * commendation for its winners, and whether its results are confirmed.
 */
public record Contest(long id, String code, String name, Integer edition, int year, String theme, String rules, String categories,
		LocalDate opensOn, LocalDate closesOn, Long unitId, Integer judgesPerEntry, BigDecimal spreadShare, String authorityCode,
		String awardForm, boolean confirmed, int version) {
}

package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitScopes;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.RecordScope;
import org.steerdesk.shared.DateRange;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.ReportingWindow;

/**
 * The catalogue of figures and their computation. Reports, dashboards, exports and the API read
 * numbers only through here.
 */
@Service
@Transactional(readOnly = true)
public class Figures {

	private final List<FigureProvider> providers;

	private final Units units;

	private final UnitScopes scopes;

	private final OrgAccess access;

	private final MessageSource messages;

	private final List<FigurePhrase> phrases;

	Figures(List<FigureProvider> providers, Units units, UnitScopes scopes, OrgAccess access, MessageSource messages,
			List<FigurePhrase> phrases) {
		this.phrases = phrases;
		this.providers = providers;
		this.units = units;
		this.scopes = scopes;
		this.access = access;
		this.messages = messages;
	}

	/** Where a user's pages open: the top unit of what they read, and the latest reporting year with records there. */
	public record StartingPoint(OrgUnit unit, int year) {
	}

	/**
	 * The unit of the actor's grant (the province for the secretariat and administrators) and the
	 * latest reporting year, by {@code window}, with a record there up to today; else the last
	 * completed year. Empty for an actor who reads nothing.
	 */
	public Optional<StartingPoint> startingPoint(Actor actor, ReportingWindow window) {
		List<OrgUnit> roots = units.byIds(access.scopeRoots(actor, Permission.READ));
		Optional<OrgUnit> unit = roots.stream()
			.sorted(Comparator.comparing(OrgUnit::isClosed).thenComparing(OrgUnit::depth).thenComparing(OrgUnit::code))
			.findFirst();
		return unit.map(u -> new StartingPoint(u, latestYear(u, window)));
	}

	/**
	 * The latest reporting year with records up to today — unless its records stop within its first
	 * half and are only a sliver of the work (fewer than half as many figures with records as the
	 * year before, as when two courses of the new year are imported early), when the year before is
	 * the one to open on. Only that case computes figures; a year with records into its second half
	 * is taken as it is.
	 */
	private int latestYear(OrgUnit unit, ReportingWindow window) {
		Set<Long> unitIds = scopes.resolve(unit.id());
		LocalDate today = ProvinceTime.today();
		RecordScope records = new RecordScope(scopes.isEverything(unitIds) ? null : unitIds, null, today);
		Optional<LocalDate> latestDay = providers.stream()
			.map(p -> p.latestDay(records))
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder());
		if (latestDay.isEmpty()) {
			return window.yearOf(today) - 1;
		}
		int year = window.yearOf(latestDay.get());
		if (!latestDay.get().isBefore(window.year(year).from().plusMonths(6))) {
			return year;
		}
		long now = withRecords(unit, unitIds, window.year(year));
		long before = withRecords(unit, unitIds, window.year(year - 1));
		return now * 2 < before ? year - 1 : year;
	}

	/** How many figures have a value other than 0 for the unit's scope and range. */
	private long withRecords(OrgUnit unit, Set<Long> unitIds, DateRange range) {
		FigureScope scope = new FigureScope(unit.id(), unit.code(), unitIds, range,
				new RecordScope(scopes.isEverything(unitIds) ? null : unitIds, range.from(), range.to()));
		long count = 0;
		for (FigureProvider provider : providers) {
			for (FigureDefinition definition : provider.definitions()) {
				if (provider.compute(definition.key(), scope).value() != 0) {
					count++;
				}
			}
		}
		return count;
	}

	/** Every figure's definition, ordered by key. */
	public List<FigureDefinition> catalogue() {
		return providers.stream()
			.flatMap(p -> p.definitions().stream())
			.sorted(Comparator.comparing(FigureDefinition::key))
			.toList();
	}

	/**
	 * Computes every figure for a unit's scope and range, as an actor who must hold READ on the unit.
	 * @throws NotFoundException when the unit does not exist
	 */
	public FigureReport compute(String unitCode, DateRange range, Actor actor, Locale locale) {
		OrgUnit unit = units.byCode(unitCode).orElseThrow(() -> new NotFoundException("Unit " + unitCode));
		access.require(actor, Permission.READ, unit.id());
		Set<Long> unitIds = scopes.resolve(unit.id());
		// the scope is resolved once for the whole report: every provider reads the same record scope
		FigureScope scope = new FigureScope(unit.id(), unit.code(), unitIds, range,
				new RecordScope(scopes.isEverything(unitIds) ? null : unitIds, range.from(), range.to()));
		List<ComputedFigure> figures = new ArrayList<>();
		for (FigureProvider provider : providers) {
			for (FigureDefinition definition : provider.definitions()) {
				FigureValue value = provider.compute(definition.key(), scope);
				figures.add(new ComputedFigure(definition.key(),
						messages.getMessage(definition.labelKey(), null, definition.key(), locale), value.value(),
						value.breakdown(), value.drillDown()));
			}
		}
		figures.sort(Comparator.comparing(ComputedFigure::key));
		return new FigureReport(unit.code(), range.from(), range.to(), figures);
	}

	/** The keys of the phrases registers write (what a template may name besides figures). */
	public java.util.Set<String> phraseKeys() {
		return phrases.stream().map(FigurePhrase::key).collect(java.util.stream.Collectors.toSet());
	}

	/** Every phrase, written from these breakdowns (figure key → dimension → member → value) in the language. */
	public java.util.Map<String, String> phrases(java.util.Map<String, java.util.Map<String, java.util.Map<String, Long>>> breakdowns,
			Locale locale) {
		java.util.Map<String, String> out = new java.util.HashMap<>();
		phrases.forEach(p -> out.put(p.key(), p.write(breakdowns, locale)));
		return out;
	}
}

package org.steerdesk.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	Figures(List<FigureProvider> providers, Units units, UnitScopes scopes, OrgAccess access, MessageSource messages) {
		this.providers = providers;
		this.units = units;
		this.scopes = scopes;
		this.access = access;
		this.messages = messages;
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
}

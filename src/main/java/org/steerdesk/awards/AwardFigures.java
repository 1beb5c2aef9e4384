package org.steerdesk.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steerdesk.figures.FigureCounts;
import org.steerdesk.figures.FigureDefinition;
import org.steerdesk.figures.FigureProvider;
import org.steerdesk.figures.FigureScope;
import org.steerdesk.figures.FigureValue;
import org.steerdesk.shared.RecordScope;

/**
 * The commendations' figures (spec §3): {@code awards.collectives} and {@code awards.individuals},
 * the recipients of issued decisions that are not revoked, by the decision's day, in the scope of
 * the recipient's unit (else the authority's), by authority code; each with the recipients' list.
 */
@Component
class AwardFigures implements FigureProvider {

	static final String COLLECTIVES = "awards.collectives";

	static final String INDIVIDUALS = "awards.individuals";

	/** The breakdown by authority and form, members "{@code <authority code>/<form>}". */
	static final String BY_AUTHORITY_FORM = "authority_form";

	/** The recipients that count: of an issued decision, not revoked. */
	static final String COUNTED = """
			SELECT a.code, COUNT(*) FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id
			JOIN award_authorities a ON a.id = d.authority_id
			WHERE d.status = 'ISSUED' AND r.revoked_on IS NULL AND r.recipient_type = '%s'""";

	private final JdbcClient jdbc;

	AwardFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(FigureDefinition.of(COLLECTIVES), FigureDefinition.of(INDIVIDUALS));
	}

	@Override
	public Optional<LocalDate> latestDay(RecordScope records) {
		return FigureCounts.latest(jdbc, "award_recipients", "r", "scope_unit_id", "decision_date", records);
	}

	@Override
	public FigureValue compute(String key, FigureScope scope) {
		RecipientType type = switch (key) {
			case COLLECTIVES -> RecipientType.COLLECTIVE;
			case INDIVIDUALS -> RecipientType.INDIVIDUAL;
			default -> throw new IllegalArgumentException("Unknown figure " + key);
		};
		Map<String, Long> byAuthority = FigureCounts.grouped(jdbc, COUNTED.formatted(type.name()), "r", "scope_unit_id", "decision_date",
				"a.code", scope);
		// by authority and form too ("CT/BANG_KHEN"), for the review's sentence of who awarded what
		Map<String, Long> byAuthorityForm = FigureCounts.grouped(jdbc,
				COUNTED.formatted(type.name()).replace("SELECT a.code,", "SELECT a.code || '/' || d.form,"), "r", "scope_unit_id", "decision_date",
				"a.code, d.form", scope);
		return new FigureValue(key, FigureCounts.total(byAuthority), Map.of("authority", byAuthority, BY_AUTHORITY_FORM, byAuthorityForm),
				scope.drillDown("/awards/recipients", "type", type.name()));
	}
}

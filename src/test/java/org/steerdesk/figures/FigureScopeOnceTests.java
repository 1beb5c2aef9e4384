package org.steerdesk.figures;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.steerdesk.org.UnitScopes;
import org.steerdesk.shared.DateRange;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A report costs one scope resolution, however many figures it has. */
@SteerdeskTest
class FigureScopeOnceTests {

	@MockitoSpyBean
	UnitScopes scopes;

	@Autowired
	Figures figures;

	@Autowired
	World world;

	@Test
	void everyFigureOfAReportReadsTheScopeResolvedOnce() {
		World.Tree t = world.tree();
		clearInvocations(scopes);
		FigureReport report = figures.compute(t.province().code(), new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
				World.system(), Locale.ENGLISH);
		assertThat(report.figures()).hasSizeGreaterThan(5);
		verify(scopes, times(1)).resolve(anyLong());
		verify(scopes, times(1)).isEverything(any());
		assertThat(report.figures()).allSatisfy(f -> assertThat(f.drillDown()).contains("unit=" + t.province().code())
			.contains("from=2023-01-01").contains("to=2023-12-31"));
	}
}

package org.steerdesk.gatherings.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.gatherings.Gatherings;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/** The demo province's events and conferences of 2022, among them the year-end review conference of 12 December, from {@code demo/gatherings.csv} through the import pipeline (H2 only). */
@Component
@Order(27)
class DemoGatherings implements ApplicationRunner {

	private final Runnable load;

	DemoGatherings(DemoMode demo, Units units, Gatherings gatherings, ImportPipeline pipeline) {
		this.load = () -> DemoFiles.loadIfWanted(demo, pipeline, "gatherings",
				() -> units.byCode("LS").isPresent() && gatherings.byCode("LS-G22-01").isEmpty());
	}

	@Override
	public void run(ApplicationArguments args) {
		load.run();
	}
}

package org.steerdesk.training.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.training.Trainings;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/** The demo province's a year of courses for experts, collaborators, advisers, reporters and staff, from {@code demo/trainings.csv} through the import pipeline (H2 only). */
@Component
@Order(28)
class DemoTraining implements ApplicationRunner {

	private final Runnable load;

	DemoTraining(DemoMode demo, Units units, Trainings trainings, ImportPipeline pipeline) {
		this.load = () -> DemoFiles.loadIfWanted(demo, pipeline, "trainings",
				() -> units.byCode("LS").isPresent() && trainings.byCode("LS-T22-01").isEmpty());
	}

	@Override
	public void run(ApplicationArguments args) {
		load.run();
	}
}

package org.steerdesk.training.internal;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.training.Trainings;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/** The demo province's a year of courses for experts, collaborators, advisers, reporters and staff, loaded from {@code demo/trainings.csv} through the import pipeline (H2 only). */
@Component
@Order(28)
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	private final DemoMode demo;

	private final Units units;

	private final Trainings records;

	private final ImportPipeline pipeline;

	DemoTraining(DemoMode demo, Units units, Trainings records, ImportPipeline pipeline) {
		this.demo = demo;
		this.units = units;
		this.records = records;
		this.pipeline = pipeline;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || records.byCode("LS-T22-01").isPresent()) {
			return;
		}
		ImportResult result = DemoFiles.load(pipeline, "trainings");
		log.info("Loaded the demo province's trainings: {} rows", result.rows());
	}
}

package org.steerdesk.gatherings.internal;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.gatherings.Gatherings;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportResult;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/** The demo province's events and conferences of 2022, among them the year-end review conference of 12 December, loaded from {@code demo/gatherings.csv} through the import pipeline (H2 only). */
@Component
@Order(27)
class DemoGatherings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGatherings.class);

	private final DemoMode demo;

	private final Units units;

	private final Gatherings records;

	private final ImportPipeline pipeline;

	DemoGatherings(DemoMode demo, Units units, Gatherings records, ImportPipeline pipeline) {
		this.demo = demo;
		this.units = units;
		this.records = records;
		this.pipeline = pipeline;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || records.byCode("LS-G22-01").isPresent()) {
			return;
		}
		ImportResult result = DemoFiles.load(pipeline, "gatherings");
		log.info("Loaded the demo province's gatherings: {} rows", result.rows());
	}
}

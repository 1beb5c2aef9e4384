package org.steerdesk.org.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;

/**
 * Loads the demo province's org registers on first start, through the import pipeline and the
 * same files a unit would send ({@code classpath:demo/*.csv}).
 */
@Component
@Order(20)
class DemoOrg implements ApplicationRunner {

	/** The demo's registers, in the order their references need. */
	static final List<String> REGISTERS = List.of("org-units", "people", "committees", "committee-members");

	/** The demo province's code. */
	static final String PROVINCE = "LS";

	private static final Logger log = LoggerFactory.getLogger(DemoOrg.class);

	private final DemoMode demo;

	private final Units units;

	private final ImportPipeline pipeline;

	DemoOrg(DemoMode demo, Units units, ImportPipeline pipeline) {
		this.demo = demo;
		this.units = units;
		this.pipeline = pipeline;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode(PROVINCE).isPresent()) {
			return;
		}
		for (String register : REGISTERS) {
			DemoFiles.load(pipeline, register);
		}
		log.info("Loaded the demo province ({}): org units, officials and the two committees", PROVINCE);
	}
}

package org.steerdesk.org.internal;

import org.steerdesk.imports.ImportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.imports.ImportResult;
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
			ImportResult result = pipeline.run(register, read("demo/" + register + ".csv"), false, DemoMode.actor(),
					Locale.ENGLISH, ImportProgress.NONE);
			if (!result.ok()) {
				throw new IllegalStateException("Demo " + register + " rejected: " + result.errors());
			}
		}
		log.info("Loaded the demo province ({}): org units, officials and the two committees", PROVINCE);
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

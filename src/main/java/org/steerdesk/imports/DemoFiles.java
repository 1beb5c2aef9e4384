package org.steerdesk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.steerdesk.shared.DemoMode;

/**
 * The demo's data files ({@code demo/<register>.csv} on the classpath), imported through the same
 * pipeline as any user's file, so that they are working examples of the exchange formats.
 */
public final class DemoFiles {

	private DemoFiles() {
	}

	/**
	 * Imports the register's demo file as the demo's actor.
	 * @throws IllegalStateException when the file is refused (the demo is part of the build)
	 */
	public static ImportResult load(ImportPipeline pipeline, String register) {
		ImportResult result = pipeline.run(register, read("demo/" + register + ".csv"), false, DemoMode.actor(), Locale.ENGLISH,
				ImportProgress.NONE);
		if (!result.ok()) {
			throw new IllegalStateException("Demo " + register + " rejected: " + result.errors());
		}
		return result;
	}

	/**
	 * Imports the register's demo file when the demo is on and {@code wanted} says the data is
	 * missing (on a fresh embedded database), logging how many rows it loaded.
	 */
	public static void loadIfWanted(DemoMode demo, ImportPipeline pipeline, String register, java.util.function.BooleanSupplier wanted) {
		if (demo.enabled() && wanted.getAsBoolean()) {
			ImportResult result = load(pipeline, register);
			org.slf4j.LoggerFactory.getLogger(DemoFiles.class).info("Loaded the demo province's {}: {} rows", register, result.rows());
		}
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

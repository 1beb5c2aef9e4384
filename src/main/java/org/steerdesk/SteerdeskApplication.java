package org.steerdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Steerdesk: registers, figures and the annual review of provincial steering committees. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SteerdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(SteerdeskApplication.class, args);
	}
}

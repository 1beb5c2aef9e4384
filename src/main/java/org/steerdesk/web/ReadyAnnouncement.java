package org.steerdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the application is ready to use — after every start-up task, the demo
 * province's loading included (the login page answers before that): "Steerdesk is ready at
 * http://localhost:8080 (demo province loaded)".
 */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	private final Environment environment;

	private final org.steerdesk.shared.DemoMode demo;

	ReadyAnnouncement(Environment environment, org.steerdesk.shared.DemoMode demo) {
		this.environment = environment;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.info("Steerdesk is ready at http://localhost:{}{} (started in {} s)", port, demo.enabled() ? " with the demo province loaded" : "",
				event.getTimeTaken() == null ? "?" : event.getTimeTaken().toSeconds());
	}
}

package org.steerdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the whole application on the suite's database (H2, or PostgreSQL in CI),
 * without demo data, with MockMvc. Tests share the database: each creates its own units with
 * codes unique to it (see {@link World}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "steerdesk.demo=false", "steerdesk.media.feed-initial-delay=PT24H",
		"steerdesk.admin-password=" + World.ADMIN_PASSWORD,
		// the feed tests serve feeds on 127.0.0.1, allowed here as an administrator would allow an intranet host
		"steerdesk.fetch.allowed-hosts=127.0.0.1" })
@AutoConfigureMockMvc
@Import(World.class)
public @interface SteerdeskTest {
}

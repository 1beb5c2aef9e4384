package org.steerdesk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code steerdesk.*} that identity reads. */
@ConfigurationProperties("steerdesk")
record SteerdeskProperties(String adminPassword) {
}

package org.steerdesk.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A burst of requests waits at the bulkhead, not in the connection pool; the health check passes by. */
class RequestBulkheadTests {

	@Test
	void whenEveryPermitIsTakenARequestGets503AndTheHealthCheckStillAnswers() throws Exception {
		RequestBulkhead bulkhead = new RequestBulkhead(1, Duration.ofMillis(200));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread slow = new Thread(() -> {
			try {
				bulkhead.doFilter(new MockHttpServletRequest("GET", "/api/v1/figures"), new MockHttpServletResponse(), (req, res) -> {
					inside.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		slow.start();
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/figures");
		api.addHeader("Accept-Language", "en");
		MockHttpServletResponse refused = new MockHttpServletResponse();
		boolean[] ran = { false };
		bulkhead.doFilter(api, refused, (req, res) -> ran[0] = true);
		assertThat(ran[0]).isFalse();
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("busy");
		// refused before the application runs, it still carries the security headers
		assertThat(refused.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		MockHttpServletResponse health = new MockHttpServletResponse();
		bulkhead.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), health, (req, res) -> ran[0] = true);
		assertThat(ran[0]).as("the health check passes by").isTrue();

		release.countDown();
		slow.join(5000);
		MockHttpServletResponse after = new MockHttpServletResponse();
		ran[0] = false;
		bulkhead.doFilter(new MockHttpServletRequest("GET", "/media/items"), after, (req, res) -> ran[0] = true);
		assertThat(ran[0]).isTrue();
	}
}

package org.steerdesk.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security headers on every answer, also those given before the application runs: Tomcat's own
 * error answers, the firewall's 400 and the 503 of the request bulkhead. A valve at the engine writes
 * them before anything else handles the request; Spring Security writes the same again on the
 * answers that reach it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {

	/** Scripts from this server only (no inline script, no eval); inline styles allowed; nothing may frame the pages. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

	/** Writes the headers every answer carries. */
	public static void write(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersValve() {
		return factory -> factory.addEngineValves(new ValveBase(true) {
			@Override
			public void invoke(Request request, Response response) throws IOException, ServletException {
				write(response);
				getNext().invoke(request, response);
			}
		});
	}
}

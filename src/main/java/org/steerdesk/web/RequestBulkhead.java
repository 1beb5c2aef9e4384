package org.steerdesk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code steerdesk.web.max-concurrent-requests} requests work at once, fewer than the
 * database pool has connections, so that a burst of heavy requests waits here (up to
 * {@code queue-timeout}, then 503 with Retry-After) rather than in the pool, and the health check
 * and static files, which pass by, always answer.
 */
final class RequestBulkhead extends OncePerRequestFilter {

	private final Semaphore permits;

	private final Duration wait;

	RequestBulkhead(int permits, Duration wait) {
		this.permits = new Semaphore(permits, true);
		this.wait = wait;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

	/** Answered before Spring MVC runs, so in both languages at once for a page, in the client's for the API. */
	private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean english = request.getHeader("Accept-Language") != null
				&& request.getHeader("Accept-Language").toLowerCase(java.util.Locale.ROOT).startsWith("en");
		String vi = "Máy chủ đang bận, vui lòng thử lại sau ít giây.";
		String en = "The server is busy; please try again in a few seconds.";
		response.setStatus(503);
		SecurityHeaders.write(response);
		response.setHeader("Retry-After", "5");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			response.setContentType("application/problem+json");
			response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\""
					+ (english ? en : vi) + "\"}");
			return;
		}
		response.setContentType("text/html");
		response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>503</title></head><body><main><h1>503</h1><p>"
				+ vi + "</p><p lang=\"en\">" + en + "</p></main></body></html>");
	}
}

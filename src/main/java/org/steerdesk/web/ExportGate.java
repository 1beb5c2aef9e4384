package org.steerdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.steerdesk.shared.HeavyWork;

/**
 * Exports (every register's {@code …/export.csv} and {@code …/export.xlsx}) pass the heavy-work
 * gate like documents: streamed in bounded memory by their controllers, at most one at a time per
 * user and a few per instance; one more waits, then answers 429.
 */
final class ExportGate implements HandlerInterceptor {

	private static final String PERMIT = ExportGate.class.getName() + ".permit";

	private final HeavyWork heavy;

	ExportGate(HeavyWork heavy) {
		this.heavy = heavy;
	}

	static boolean isExport(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.endsWith("/export.csv") || uri.endsWith("/export.xlsx");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isExport(request)) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			request.setAttribute(PERMIT, heavy.enter("export", auth == null ? "anonymous" : auth.getName()));
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
		if (request.getAttribute(PERMIT) instanceof HeavyWork.Permit permit) {
			request.removeAttribute(PERMIT);
			permit.close();
		}
	}
}

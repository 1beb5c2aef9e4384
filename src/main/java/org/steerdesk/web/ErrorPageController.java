package org.steerdesk.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows for an error no controller answered (a malformed address, an
 * exception outside Spring MVC): the error page, or problem details under {@code /api}. Asked for
 * directly, {@code /error} is a page that does not exist (404), never a 500.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
		String key = switch (status.value()) {
			case 403 -> "error.access.scope";
			case 404 -> "error.404";
			case 401 -> "error.401";
			default -> status.is5xxServerError() ? "error.500" : "error.generic";
		};
		String detail = messages.getMessage(key, null, messages.getMessage("error.generic", null, locale), locale);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		return ErrorAnswer.of(path.substring(Math.min(path.length(), request.getContextPath().length())), status, detail, null);
	}
}

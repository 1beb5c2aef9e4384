package org.steerdesk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the refusal page (the home page is the home module's). */
@Controller
class PagesController {

	private final MessageSource messages;

	PagesController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * The refusal page, for any method: Spring Security forwards a refused POST here as a POST (a
	 * form sent without its CSRF token, or after the session ended).
	 */
	@org.springframework.web.bind.annotation.RequestMapping("/error/403")
	String forbidden(Model model, Locale locale, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
		response.setStatus(403);
		boolean csrf = request.getAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403)
			instanceof org.springframework.security.web.csrf.CsrfException;
		model.addAttribute("status", 403);
		Object uri = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
		boolean admin = uri instanceof String path && path.startsWith(request.getContextPath() + "/admin/");
		model.addAttribute("detail", messages.getMessage(csrf ? "error.csrf" : admin ? "error.access.admin" : "error.access.scope", null, locale));
		return "error";
	}

}

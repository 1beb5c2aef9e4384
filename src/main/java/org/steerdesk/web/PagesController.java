package org.steerdesk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, the login page and the refusal page. */
@Controller
class PagesController {

	private final MessageSource messages;

	PagesController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/error/403")
	String forbidden(Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(403);
		model.addAttribute("status", 403);
		model.addAttribute("detail", messages.getMessage("error.access.scope", null, locale));
		return "error";
	}

}

package org.steerdesk.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal or failure as its asker reads it: problem details for an address under {@code /api},
 * the error page for anything else, so that a person never sees JSON.
 */
final class ErrorAnswer {

	private ErrorAnswer() {
	}

	/**
	 * @param path the address asked for, after the context path
	 * @param errors the fields or rows at fault (problem details only), or null
	 */
	static Object of(String path, HttpStatus status, String detail, List<Map<String, Object>> errors) {
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException e) {
				// a malformed address is not repeated back
			}
			if (errors != null) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}
}

package org.steerdesk.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every form binds: never a field named {@code id}, so that a forged parameter cannot point a
 * form at another record (records are addressed by the path, and edits checked by the service).
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}
}

package org.steerdesk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.RefusedRequestException;
import org.steerdesk.shared.StaleRecordException;

/**
 * Turns refusals and failures into a page that explains them or, under {@code /api}, into
 * {@code application/problem+json}.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private final MessageSource messages;

	private final String maxUpload;

	ErrorHandling(MessageSource messages,
			@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:100MB}") org.springframework.util.unit.DataSize maxUpload) {
		this.messages = messages;
		this.maxUpload = org.steerdesk.shared.Bounds.readable(maxUpload);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException e, HttpServletRequest request, Locale locale) {
		String key = e.getMessage() != null && e.getMessage().startsWith("error.") ? e.getMessage() : "error.access.scope";
		return respond(request, HttpStatus.FORBIDDEN, messages.getMessage(key, null, locale), null);
	}

	/**
	 * Spring MVC's own refusals (no such page, a bad or missing parameter): problem details under
	 * {@code /api}, the error page elsewhere, so that a mistyped address never shows JSON to a person.
	 */
	@ExceptionHandler({ org.springframework.web.servlet.resource.NoResourceFoundException.class,
			org.springframework.web.servlet.NoHandlerFoundException.class,
			org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class,
			org.springframework.web.server.ResponseStatusException.class })
	Object framework(Exception e, HttpServletRequest request, Locale locale) {
		if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch && mismatch.getName() != null) {
			Class<?> type = mismatch.getRequiredType();
			Object again = refilter(Map.of(mismatch.getName(), type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)), request,
					locale);
			if (again != null) {
				return again;
			}
		}
		org.springframework.web.ErrorResponse response = e instanceof org.springframework.web.ErrorResponse r ? r : null;
		HttpStatus status = response == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(response.getStatusCode().value());
		String detail = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
				? messages.getMessage("error.parameter", new Object[] { mismatch.getName() }, locale)
				: status == HttpStatus.NOT_FOUND ? messages.getMessage("error.404", null, locale)
				: response != null && response.getBody().getDetail() != null ? response.getBody().getDetail()
				: messages.getMessage("error.generic", null, locale);
		return respond(request, status, detail, null);
	}

	/**
	 * Query or form values that cannot be bound ({@code ?kind=NOPE}, {@code from=2022-02-30}) where no
	 * form shows them next to a field: the page (or problem details) names each parameter.
	 */
	@ExceptionHandler(org.springframework.validation.BindException.class)
	Object unbindable(org.springframework.validation.BindException e, HttpServletRequest request, Locale locale) {
		Object refiltered = refilter(e, request, locale);
		if (refiltered != null) {
			return refiltered;
		}
		List<Map<String, Object>> errors = e.getFieldErrors()
			.stream()
			.map(f -> Map.<String, Object>of("field", f.getField(),
					"message", messages.getMessage("error.parameter", new Object[] { f.getField() }, locale)))
			.toList();
		String names = String.join(", ", e.getFieldErrors().stream().map(f -> f.getField()).distinct().toList());
		return respond(request, HttpStatus.BAD_REQUEST, messages.getMessage("error.parameter", new Object[] { names }, locale),
				errors);
	}

	/** A request body that is not the JSON (or form) it should be: said in the user's language. */
	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	Object unreadable(Exception e, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage("error.unreadable", null, locale);
		String field = e.getCause() instanceof tools.jackson.databind.DatabindException d ? path(d) : null;
		return respond(request, HttpStatus.BAD_REQUEST, detail,
				field == null || field.isEmpty() ? null : List.of(Map.of("field", field, "message",
						messages.getMessage("error.parameter", new Object[] { field }, locale))));
	}

	/** The JSON field at fault as a client names it: {@code roles[0].role}. */
	private static String path(tools.jackson.databind.DatabindException e) {
		StringBuilder path = new StringBuilder();
		for (tools.jackson.core.JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** A date a parameter asked for that the calendar cannot hold ({@code year=99999999999}). */
	@ExceptionHandler(java.time.DateTimeException.class)
	Object impossibleDate(java.time.DateTimeException e, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.BAD_REQUEST, messages.getMessage("error.date", null, locale), null);
	}

	/** A refusal with its own status and message: too large, too busy, a concurrent change, a bad parameter. */
	@ExceptionHandler(RefusedRequestException.class)
	Object refused(RefusedRequestException e, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
		List<Map<String, Object>> errors = e.parameter() == null ? null
				: List.of(Map.of("field", e.parameter(), "message", detail));
		Object answer = respond(request, HttpStatus.valueOf(e.status()), detail, errors);
		if (e.retryAfterSeconds() != null && answer instanceof ResponseEntity<?> entity) {
			return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
				.header("Retry-After", e.retryAfterSeconds().toString()).body(entity.getBody());
		}
		return answer;
	}

	/** An upload over the multipart limit, refused before any controller sees it. */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	Object uploadTooLarge(Exception e, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage("import.tooLarge", new Object[] { maxUpload }, locale);
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, detail, List.of(Map.of("field", "file", "message", detail)));
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.NOT_FOUND, messages.getMessage("error.404", null, locale) + " (" + e.getMessage() + ")",
				null);
	}

	/**
	 * A change that met another at the same moment (a lock that could not be had, a row changed
	 * meanwhile, a deadlock): 409, nothing changed; trying again sees the other's outcome.
	 */
	@ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
	Object concurrent(Exception e, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.CONFLICT, messages.getMessage("error.stale", null, locale), null);
	}

	@ExceptionHandler(StaleRecordException.class)
	Object stale(StaleRecordException e, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.CONFLICT, messages.getMessage("error.stale", null, locale), null);
	}

	@ExceptionHandler(InvalidRecordException.class)
	Object invalid(InvalidRecordException e, HttpServletRequest request, Locale locale) {
		List<Map<String, Object>> errors = e.violations()
			.list()
			.stream()
			.map(v -> Map.<String, Object>of("field", v.field(), "message",
					messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)))
			.toList();
		return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("error.invalid", null, locale), errors);
	}

	/**
	 * A day in a page's filter that cannot be read ({@code from=31/02/2023}): the page again, without
	 * that value, its form showing what was typed and the reason next to the box (flash attributes
	 * {@code filterTyped} and {@code filterErrors}); null where that is not so (the API, a form sent
	 * by POST, a value not in the address, a value other than a day).
	 */
	private Object refilter(org.springframework.validation.BindException e, HttpServletRequest request, Locale locale) {
		Map<String, Boolean> fields = new java.util.LinkedHashMap<>();
		for (org.springframework.validation.FieldError f : e.getFieldErrors()) {
			Class<?> type = e.getBindingResult().getFieldType(f.getField());
			fields.put(f.getField(), type != null && java.time.temporal.Temporal.class.isAssignableFrom(type));
		}
		return refilter(fields, request, locale);
	}

	/** As above, for the fields named (each saying whether it is a day). */
	private Object refilter(Map<String, Boolean> fields, HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/actuator")) {
			return null;
		}
		Map<String, String> typed = new java.util.LinkedHashMap<>();
		Map<String, String> reasons = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, Boolean> f : fields.entrySet()) {
			// the filters' day boxes show their refusal next to them; any other value keeps the page naming the parameter
			if (request.getParameter(f.getKey()) == null || !f.getValue()) {
				return null;
			}
			typed.put(f.getKey(), request.getParameter(f.getKey()));
			reasons.put(f.getKey(), messages.getMessage(f.getValue() ? "error.date" : "error.parameter", new Object[] { f.getKey() }, locale));
		}
		if (typed.isEmpty()) {
			return null;
		}
		org.springframework.web.util.UriComponentsBuilder again = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!typed.containsKey(name)) {
				for (String value : values) {
					again.queryParam(name, org.springframework.web.util.UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		});
		org.springframework.web.servlet.FlashMap flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
		flash.put("filterTyped", typed);
		flash.put("filterErrors", reasons);
		return new org.springframework.web.servlet.ModelAndView("redirect:" + again.build(true).toUriString());
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String detail, List<Map<String, Object>> errors) {
		return ErrorAnswer.of(request.getRequestURI().substring(request.getContextPath().length()), status, detail, errors);
	}

}

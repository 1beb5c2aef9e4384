package org.steerdesk.shared;

import org.springframework.validation.Errors;

/**
 * Saving what a form submitted: nothing is tried while the form has binding errors; a refused
 * record puts each violation next to its field, a stale edit says so above the form.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * Runs a change made from a record's page (a line added, a file uploaded) before a redirect back
	 * to it: flashes {@code savedMessage}, or the refusal's reasons in the user's language under
	 * {@code errorsAttribute} (plain text, so the session can keep them).
	 */
	public static void flashed(Runnable change, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String savedMessage,
			String errorsAttribute, org.springframework.context.MessageSource messages, java.util.Locale locale) {
		try {
			change.run();
			redirect.addFlashAttribute("message", savedMessage);
		}
		catch (InvalidRecordException e) {
			redirect.addFlashAttribute(errorsAttribute, e.violations()
				.list()
				.stream()
				.map(v -> messages.getMessage(v.code(), v.args().toArray(), v.code(), locale))
				.toList());
		}
	}

	/** Runs {@code save} unless {@code errors} has any; true when it saved, false with the reasons in {@code errors}. */
	public static boolean saved(Errors errors, Runnable save) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (InvalidRecordException e) {
			e.violations().copyTo(errors);
			return false;
		}
		catch (StaleRecordException e) {
			errors.reject("error.stale");
			return false;
		}
	}
}

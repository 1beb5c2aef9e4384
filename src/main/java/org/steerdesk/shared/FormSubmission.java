package org.steerdesk.shared;

import org.springframework.validation.Errors;

/**
 * Saving what a form submitted: nothing is tried while the form has binding errors; a refused
 * record puts each violation next to its field, a stale edit says so above the form.
 */
public final class FormSubmission {

	private FormSubmission() {
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

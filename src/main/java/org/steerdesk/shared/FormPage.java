package org.steerdesk.shared;

import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new and edit pages of one record type: the form's view, the message shown once it is saved,
 * and where the saved record is shown. A register's controller declares one and maps its four
 * handlers onto it; access checks and reads stay with the register's service.
 *
 * <pre>{@code
 * private final FormPage page = FormPage.of("external/meetingForm", "external.meeting.saved", code -> "/external/meetings/" + code)
 *     .unique("code", "external.codeExists", code -> meetings.byCode(code).isPresent());
 * }</pre>
 *
 * @param view the form's template
 * @param savedMessage the message key flashed after a save
 * @param address the address of the saved record, from the key the form submitted (stripped)
 * @param keyField the form field that holds the record's key
 * @param takenMessage the message put next to that field when a new record's key is taken
 * @param taken whether a key is taken already (never for records whose service refuses a taken key itself)
 */
public record FormPage(String view, String savedMessage, Function<String, String> address, String keyField, String takenMessage,
		Predicate<String> taken) {

	/** The pages of a record type whose service refuses a taken key itself. */
	public static FormPage of(String view, String savedMessage, Function<String, String> address) {
		return new FormPage(view, savedMessage, address, "code", null, key -> false);
	}

	/** These pages, refusing a new record whose key (in {@code field}) is taken, with {@code message} next to the field. */
	public FormPage unique(String field, String message, Predicate<String> isTaken) {
		return new FormPage(view, savedMessage, address, field, message, isTaken);
	}

	/** The form for a new record. */
	public String blank(Object form, Model model) {
		return shown(form, true, model);
	}

	/** The form for an existing record. */
	public String filled(Object form, Model model) {
		return shown(form, false, model);
	}

	/**
	 * A submitted new record: refused when its key is taken, else saved by {@code save}; the form
	 * again with the reasons, or a redirect to the saved record.
	 */
	public String create(String key, Errors result, Model model, RedirectAttributes redirect, Runnable save) {
		if (key != null && taken.test(key.strip())) {
			result.rejectValue(keyField, takenMessage);
		}
		return submitted(key, true, result, model, redirect, save);
	}

	/**
	 * A submitted edit of the record with this key: saved by {@code save}, or the form again with the
	 * reasons. An edit must say the version it was made on (only imports may omit it): a form sent
	 * without it is refused as a stale edit, so no edit skips the optimistic lock.
	 */
	public String update(String key, Errors result, Model model, RedirectAttributes redirect, Runnable save) {
		if (result instanceof org.springframework.validation.BindingResult bound && bound.getTarget() != null) {
			org.springframework.beans.BeanWrapper form = new org.springframework.beans.BeanWrapperImpl(bound.getTarget());
			if (form.isReadableProperty("version") && form.getPropertyValue("version") == null && !result.hasErrors()) {
				result.reject("error.stale");
			}
		}
		return submitted(key, false, result, model, redirect, save);
	}

	private String submitted(String key, boolean creating, Errors result, Model model, RedirectAttributes redirect, Runnable save) {
		model.addAttribute("creating", creating);
		if (!FormSubmission.saved(result, save)) {
			return view;
		}
		redirect.addFlashAttribute("message", savedMessage);
		return "redirect:" + address.apply(key == null ? "" : key.strip());
	}

	private String shown(Object form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		return view;
	}
}

package org.steerdesk.review.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.org.Committee;
import org.steerdesk.review.ReviewTemplate;
import org.steerdesk.review.ReviewTemplates;
import org.steerdesk.review.Reviews;
import org.steerdesk.review.TemplatePreview;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;

/** The review templates of the committees the secretariat manages: list, edit with preview, reset to the default. */
@Controller
@RequestMapping("/reviews/templates")
class ReviewTemplatesController {

	private final ReviewTemplates templates;

	private final Reviews reviews;

	private final TemplatePreview previews;

	ReviewTemplatesController(ReviewTemplates templates, Reviews reviews, TemplatePreview previews) {
		this.templates = templates;
		this.reviews = reviews;
		this.previews = previews;
	}

	/** A committee's template in one language, as the list shows it. */
	record Row(Committee committee, String language, boolean custom) {
	}

	@GetMapping
	String list(Actor actor, Model model) {
		List<Row> rows = new ArrayList<>();
		for (Committee committee : reviews.committeesManaged(actor)) {
			for (String language : ReviewTemplates.LANGUAGES) {
				rows.add(new Row(committee, language, templates.of(committee, language).custom()));
			}
		}
		model.addAttribute("rows", rows);
		return "review/templates";
	}

	@GetMapping("/{code}/{language}")
	String edit(@PathVariable String code, @PathVariable String language, Actor actor, Model model) {
		ReviewTemplate template = templates.editable(code, language, actor);
		if (!model.containsAttribute("form")) {
			ReviewForms.Template form = new ReviewForms.Template();
			form.setTitle(template.title());
			form.setSubject(template.subject());
			form.setBody(template.body());
			form.setRecipients(template.recipientsText());
			form.setVersion(template.custom() ? template.version() : null);
			form.setPreviewYear(ProvinceTime.thisYear() - 1);
			model.addAttribute("form", form);
		}
		model.addAttribute("template", template);
		model.addAttribute("committee", templates.committee(code, language, actor));
		model.addAttribute("language", language);
		model.addAttribute("catalogue", templates.catalogue().stream().sorted().toList());
		return "review/template";
	}

	@PostMapping("/{code}/{language}")
	String save(@PathVariable String code, @PathVariable String language, @ModelAttribute("form") ReviewForms.Template form,
			BindingResult result, @RequestParam(required = false) String preview, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (preview != null) {
			TemplatePreview.Result shown = previews.preview(code, language, form.getSubject(), form.getBody(),
					form.getPreviewYear() == null ? ProvinceTime.thisYear() - 1 : form.getPreviewYear(), actor);
			shown.violations().copyTo(result);
			model.addAttribute("preview", shown);
			return edit(code, language, actor, model);
		}
		if (FormSubmission.saved(result, () -> templates.save(code, language, form.getTitle(), form.getSubject(), form.getBody(),
				form.getRecipients(), form.getVersion(), actor))) {
			redirect.addFlashAttribute("message", "review.template.saved");
			return "redirect:/reviews/templates";
		}
		return edit(code, language, actor, model);
	}

	@PostMapping("/{code}/{language}/reset")
	String reset(@PathVariable String code, @PathVariable String language, Actor actor, RedirectAttributes redirect) {
		templates.reset(code, language, actor);
		redirect.addFlashAttribute("message", "review.template.reset");
		return "redirect:/reviews/templates";
	}
}

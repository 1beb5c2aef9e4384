package org.steerdesk.review.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steerdesk.review.IssueForm;
import org.steerdesk.review.Review;
import org.steerdesk.review.ReviewDocuments;
import org.steerdesk.review.ReviewTemplates;
import org.steerdesk.review.ReviewView;
import org.steerdesk.review.ReviewFigures;
import org.steerdesk.review.ReviewIssuing;
import org.steerdesk.review.ReviewNarratives;
import org.steerdesk.review.ReviewPrinting;
import org.steerdesk.review.Reviews;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.NotFoundException;

/**
 * The review pages: the list with the drafting form, a review with its figures highlighted and
 * linked, editing the narrative, versions and their comparison, issuing, and the documents.
 */
@Controller
@RequestMapping("/reviews")
class ReviewsController {

	private final Reviews reviews;

	private final ReviewFigures figures;

	private final ReviewNarratives narratives;

	private final ReviewIssuing issuing;

	private final ReviewPrinting printing;

	private final ReviewTemplates templates;

	ReviewsController(Reviews reviews, ReviewFigures figures, ReviewNarratives narratives, ReviewIssuing issuing, ReviewPrinting printing,
			ReviewTemplates templates) {
		this.reviews = reviews;
		this.figures = figures;
		this.narratives = narratives;
		this.issuing = issuing;
		this.printing = printing;
		this.templates = templates;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		if (!model.containsAttribute("form")) {
			ReviewForms.Create form = new ReviewForms.Create();
			form.setYear(figures.startingYear(actor));
			model.addAttribute("form", form);
		}
		List<Review> all = reviews.list(actor);
		model.addAttribute("reviews", all);
		model.addAttribute("committeesById", reviews.committeesOf(all));
		model.addAttribute("managed", reviews.committeesManaged(actor));
		model.addAttribute("languages", ReviewTemplates.LANGUAGES);
		return "review/list";
	}

	@PostMapping
	String create(@ModelAttribute("form") ReviewForms.Create form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(actor, model);
		}
		if (!form.isConfirmed() && form.getCommittee() != null && form.getYear() != null) {
			List<Review> same = reviews.list(actor).stream()
				.filter(r -> r.year() == form.getYear() && r.language().equals(form.getLanguage())
						&& reviews.committeeOf(r).code().equals(form.getCommittee().strip()))
				.toList();
			boolean noRecords = reviews.committeesManaged(actor).stream()
				.filter(c -> c.code().equals(form.getCommittee().strip()))
				.findFirst()
				.map(c -> !figures.hasRecords(c, form.getYear(), actor))
				.orElse(false);
			if (!same.isEmpty() || noRecords) {
				model.addAttribute("existing", same);
				model.addAttribute("noRecords", noRecords);
				model.addAttribute("confirming", true);
				return list(actor, model);
			}
		}
		try {
			Review review = reviews.create(form.getCommittee(), form.getYear(), form.getLanguage(), actor);
			redirect.addFlashAttribute("message", "review.created");
			return "redirect:/reviews/" + review.id();
		}
		catch (InvalidRecordException e) {
			e.violations().copyTo(result);
			return list(actor, model);
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, @RequestParam(required = false) boolean recompute, Actor actor, Locale locale, Model model) {
		ReviewView view = reviews.view(id, actor, locale);
		model.addAttribute("view", view);
		model.addAttribute("review", view.review());
		model.addAttribute("committee", view.committee());
		model.addAttribute("mayManage", reviews.mayManage(view.committee(), actor));
		if (recompute && view.review().issued()) {
			model.addAttribute("sinceIssue", figures.sinceIssue(reviews.get(id, actor), actor, locale));
		}
		return "review/view";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Review review = reviews.managed(id, actor);
		if (review.issued()) {
			// an issued report is not edited: say so, with the way to it and its documents
			model.addAttribute("review", review);
			return "review/issued";
		}
		ReviewView view = reviews.view(id, actor, locale);
		if (!model.containsAttribute("form")) {
			ReviewForms.Narrative form = new ReviewForms.Narrative();
			form.setSubject(view.subject());
			form.setBody(view.narrative().body());
			form.setBasedOn(view.narrative().number());
			model.addAttribute("form", form);
		}
		model.addAttribute("view", view);
		model.addAttribute("review", view.review());
		model.addAttribute("catalogue", view.figures());
		return "review/edit";
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") ReviewForms.Narrative form, BindingResult result, Actor actor,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result,
				() -> narratives.saveNarrative(id, form.getSubject(), form.getBody(), form.getNote(), form.getBasedOn(), actor))) {
			redirect.addFlashAttribute("message", "review.saved");
			return "redirect:/reviews/" + id;
		}
		return edit(id, actor, locale, model);
	}

	@GetMapping("/{id}/versions")
	String versions(@PathVariable long id, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			Actor actor, Model model) {
		Review review = reviews.get(id, actor);
		var versions = narratives.versions(id, actor);
		model.addAttribute("review", review);
		model.addAttribute("versions", versions);
		int newest = versions.get(0).number();
		int toVersion = to == null ? newest : to;
		int fromVersion = from == null ? Math.max(1, toVersion - 1) : from;
		model.addAttribute("from", fromVersion);
		model.addAttribute("to", toVersion);
		if (fromVersion != toVersion) {
			model.addAttribute("rows", narratives.compare(id, fromVersion, toVersion, actor));
		}
		return "review/versions";
	}

	@GetMapping("/{id}/issue")
	String issueForm(@PathVariable long id, Actor actor, Locale locale, Model model) {
		Review review = reviews.managed(id, actor);
		if (review.issued()) {
			return "redirect:/reviews/" + id;
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", issuing.issueDefaults(id, actor));
		}
		model.addAttribute("review", review);
		model.addAttribute("committee", reviews.committeeOf(review));
		return "review/issue";
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, @ModelAttribute("form") IssueForm form, BindingResult result,
			@RequestParam(required = false) boolean confirmed, Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			// issuing is final: the page asks for it to be said so, with every other reason at once
			FormSubmission.saved(result, () -> issuing.check(id, form, actor));
			result.reject("review.issue.confirmFinal");
			return issueForm(id, actor, locale, model);
		}
		if (FormSubmission.saved(result, () -> issuing.issue(id, form, actor, base()))) {
			redirect.addFlashAttribute("message", "review.issued");
			return "redirect:/reviews/" + id;
		}
		return issueForm(id, actor, locale, model);
	}

	@PostMapping("/{id}/delete")
	String discard(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		narratives.discard(id, actor);
		redirect.addFlashAttribute("message", "review.discarded");
		return "redirect:/reviews";
	}

	@GetMapping("/{id}/document.{format}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String format, Actor actor) {
		return download(reviews, printing, id, format, actor);
	}

	static ResponseEntity<byte[]> download(Reviews reviews, ReviewPrinting printing, long id, String format, Actor actor) {
		org.steerdesk.documents.DocumentFormat chosen = switch (format) {
			case "docx" -> org.steerdesk.documents.DocumentFormat.DOCX;
			case "pdf" -> org.steerdesk.documents.DocumentFormat.PDF;
			default -> throw new NotFoundException("Format " + format);
		};
		Review review = reviews.get(id, actor);
		byte[] bytes = printing.document(id, chosen, actor, base());
		String name = "bao-cao-" + reviews.committeeOf(review).code() + "-" + review.year() + "-" + review.language()
				+ (review.issued() ? "" : "-du-thao") + "." + format;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}

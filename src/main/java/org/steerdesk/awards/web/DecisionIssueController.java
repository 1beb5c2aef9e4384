package org.steerdesk.awards.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.awards.DecisionIssuing;
import org.steerdesk.awards.Signature;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;

/** A decision's document (DOCX, PDF), issuing a draft, and the certificates of an issued one. */
@Controller
@RequestMapping("/awards/decisions/{id}")
class DecisionIssueController {

	private final DecisionIssuing issuing;

	private final MessageSource messages;

	private final org.steerdesk.awards.Certificates certificates;

	private final org.steerdesk.awards.DecisionFiles files;

	private final org.steerdesk.awards.Decisions decisions;

	private final org.steerdesk.awards.Authorities authorities;

	DecisionIssueController(DecisionIssuing issuing, MessageSource messages, org.steerdesk.awards.Certificates certificates,
			org.steerdesk.awards.DecisionFiles files, org.steerdesk.awards.Decisions decisions, org.steerdesk.awards.Authorities authorities) {
		this.decisions = decisions;
		this.authorities = authorities;
		this.issuing = issuing;
		this.messages = messages;
		this.certificates = certificates;
		this.files = files;
	}

	/** The signed scan and other files of the decision, added by its secretariat. */
	@PostMapping("/files")
	String addFiles(@PathVariable long id, @RequestParam(name = "files", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> uploads,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> files.add(String.valueOf(id), uploads, actor), redirect, "awards.recipientSaved", "filesErrors", messages,
				locale);
		return "redirect:/awards/decisions/" + id + "#files";
	}

	@GetMapping("/files/{file}")
	void file(@PathVariable long id, @PathVariable long file, Actor actor, jakarta.servlet.http.HttpServletResponse response) {
		files.download(String.valueOf(id), file, actor, response);
	}

	@PostMapping("/files/{file}/remove")
	String removeFile(@PathVariable long id, @PathVariable long file, Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> files.remove(String.valueOf(id), file, actor), redirect, "awards.recipientSaved", "filesErrors", messages,
				locale);
		return "redirect:/awards/decisions/" + id + "#files";
	}

	/** The certificates of every recipient of an issued decision that is not revoked, a page each. */
	@GetMapping("/certificates.pdf")
	ResponseEntity<byte[]> certificates(@PathVariable long id, Actor actor) {
		return pdf(certificates.pdf(id, null, actor), "bang-khen-" + id + ".pdf");
	}

	@GetMapping("/recipients/{recipient}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long recipient, Actor actor) {
		return pdf(certificates.pdf(id, recipient, actor), "bang-khen-" + id + "-" + recipient + ".pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	@GetMapping("/document.{format:docx|pdf}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String format, Actor actor, Locale locale) {
		org.steerdesk.documents.DocumentFormat which = org.steerdesk.documents.DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
		byte[] bytes = issuing.document(id, which, actor, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(which.mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("quyet-dinh-" + id + "." + format, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/** A draft's particulars, changed by its secretariat until it is issued. */
	@GetMapping("/edit")
	String edit(@PathVariable long id, Actor actor, org.springframework.ui.Model model) {
		org.steerdesk.awards.Decision decision = decisions.require(id, org.steerdesk.shared.Permission.MANAGE, actor);
		if (decision.issued()) {
			return "redirect:/awards/decisions/" + id;
		}
		DecisionForm form = new DecisionForm();
		form.setAuthorityCode(authorities.get(decision.authorityId()).code());
		form.setForm(decision.form());
		form.setCampaign(decision.campaign());
		form.setSigner(decision.signer());
		model.addAttribute("form", form);
		model.addAttribute("editing", id);
		model.addAttribute("authorities", authorities.readable(actor));
		model.addAttribute("forms", org.steerdesk.awards.AwardForm.values());
		return "awards/decisionForm";
	}

	@PostMapping("/edit")
	String update(@PathVariable long id, @org.springframework.web.bind.annotation.ModelAttribute("form") DecisionForm form,
			org.springframework.validation.BindingResult result, Actor actor, org.springframework.ui.Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> decisions.updateDraft(id, new org.steerdesk.awards.DecisionDraft(form.getAuthorityCode(),
				form.getForm(), form.getCampaign(), form.getSigner(), null, null), actor))) {
			redirect.addFlashAttribute("message", "awards.decision.saved");
			return "redirect:/awards/decisions/" + id;
		}
		model.addAttribute("editing", id);
		model.addAttribute("authorities", authorities.readable(actor));
		model.addAttribute("forms", org.steerdesk.awards.AwardForm.values());
		return "awards/decisionForm";
	}

	@PostMapping("/issue")
	String issue(@PathVariable long id, @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String prefix,
			@RequestParam(required = false) String title, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean confirm, Actor actor, Locale locale, RedirectAttributes redirect) {
		FormSubmission.flashed(() -> issuing.issue(id, new Signature(date, prefix, title, name), confirm, actor), redirect, "awards.issued",
				"issueErrors", messages, locale);
		return "redirect:/awards/decisions/" + id;
	}
}

package org.steerdesk.gatherings.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.gatherings.Attendance;
import org.steerdesk.gatherings.GatheringDetails;
import org.steerdesk.gatherings.GatheringRole;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;

/**
 * A gathering's people, attendance, agenda and conclusions, edited from its page: each change goes
 * back to the page, with the reasons when it was refused.
 */
@Controller
@RequestMapping("/gatherings/{code}")
class GatheringDetailsController {

	private final GatheringDetails details;

	private final org.steerdesk.gatherings.GatheringFiles documents;

	private final org.springframework.context.MessageSource messages;

	private final org.steerdesk.gatherings.GatheringPapers papers;

	GatheringDetailsController(GatheringDetails details, org.steerdesk.gatherings.GatheringFiles documents,
			org.springframework.context.MessageSource messages, org.steerdesk.gatherings.GatheringPapers papers) {
		this.papers = papers;
		this.details = details;
		this.documents = documents;
		this.messages = messages;
	}

	@PostMapping("/people")
	String addPerson(@PathVariable String code, @RequestParam(required = false) String person,
			@RequestParam(required = false) GatheringRole role, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(code, locale, "people", redirect, () -> details.addPerson(code, person, role, actor, locale));
	}

	@PostMapping("/units")
	String addUnit(@PathVariable String code, @RequestParam(required = false) String unit, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, locale, "units", redirect, () -> details.addUnit(code, unit, actor));
	}

	@PostMapping("/people/{id}/attendance")
	String attendance(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Attendance attendance, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		return done(code, locale, "people", redirect, () -> details.setAttendance(code, id, attendance, actor));
	}

	@PostMapping("/agenda")
	String addAgendaItem(@PathVariable String code, @RequestParam(required = false) String time,
			@RequestParam(required = false) String title, @RequestParam(required = false) String presenter, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, locale, "agenda", redirect, () -> details.addAgendaItem(code, time, title, presenter, actor));
	}

	@PostMapping("/conclusions")
	String addConclusion(@PathVariable String code, @RequestParam(required = false) String text, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, locale, "conclusions", redirect, () -> details.addConclusion(code, text, actor));
	}

	@PostMapping("/files")
	String addFiles(@PathVariable String code, @RequestParam(name = "files", required = false) java.util.List<org.springframework.web.multipart.MultipartFile> files,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(code, locale, "files", redirect, () -> documents.add(code, files, actor));
	}

	/** A document, as an attachment of its detected type, to readers of the gathering. */
	@org.springframework.web.bind.annotation.GetMapping("/files/{id}")
	void file(@PathVariable String code, @PathVariable long id, Actor actor,
			jakarta.servlet.http.HttpServletResponse response) {
		documents.download(code, id, actor, response);
	}

	/** The programme or the attendance list, printed as PDF for readers of the gathering, in their language. */
	@org.springframework.web.bind.annotation.GetMapping("/{paper:programme|attendance}.pdf")
	org.springframework.http.ResponseEntity<byte[]> paper(@PathVariable String code, @PathVariable String paper, Actor actor, Locale locale) {
		org.steerdesk.gatherings.GatheringPapers.Paper which = org.steerdesk.gatherings.GatheringPapers.Paper.valueOf(paper.toUpperCase(Locale.ROOT));
		byte[] pdf = papers.pdf(code, which, actor, locale);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
				.filename(code + "-" + paper + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	@PostMapping("/files/{id}/remove")
	String removeFile(@PathVariable String code, @PathVariable long id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return done(code, locale, "files", redirect, () -> documents.remove(code, id, actor));
	}

	@PostMapping("/{part:people|units|agenda|conclusions}/{id}/remove")
	String remove(@PathVariable String code, @PathVariable String part, @PathVariable long id, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return done(code, locale, part, redirect, () -> details.remove(code, part, id, actor));
	}

	/** Back to the gathering's section, with the refusal's reasons (in the user's language) next to its form. */
	private String done(String code, Locale locale, String part, RedirectAttributes redirect, Runnable change) {
		FormSubmission.flashed(change, redirect, "gatherings.detailSaved", part + "Errors", messages, locale);
		return "redirect:/gatherings/" + code + "#" + part;
	}
}

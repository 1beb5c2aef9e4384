package org.steerdesk.awards.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.awards.Authorities;
import org.steerdesk.awards.Authority;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormPage;
import org.steerdesk.shared.Permission;

/** Awarding authorities: their list, and their new and edit pages for the secretariat of their unit. */
@Controller
@RequestMapping("/awards/authorities")
class AuthoritiesController {

	private final Authorities authorities;

	private final Units units;

	private final OrgAccess access;

	private final FormPage page;

	private final org.steerdesk.awards.CertificateTemplates templates;

	private final org.springframework.context.MessageSource messages;

	AuthoritiesController(Authorities authorities, Units units, OrgAccess access, org.steerdesk.awards.CertificateTemplates templates,
			org.springframework.context.MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
		this.authorities = authorities;
		this.units = units;
		this.access = access;
		this.page = FormPage.of("awards/authorityForm", "awards.authority.saved", code -> "/awards/authorities")
			.unique("code", "awards.authority.codeExists", code -> authorities.byCode(code).isPresent());
	}

	@GetMapping
	String list(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.READ, "error.access.scope");
		var list = authorities.readable(actor);
		model.addAttribute("authorities", list);
		model.addAttribute("unitsById", units.byIds(list.stream().map(Authority::unitId).toList()).stream()
			.collect(java.util.stream.Collectors.toMap(OrgUnit::id, u -> u, (a, b) -> a)));
		model.addAttribute("mayManage", access.mayAnywhere(actor, Permission.MANAGE));
		return "awards/authorities";
	}

	@GetMapping("/new")
	String newAuthority(Actor actor, Model model) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		return page.blank(new AuthorityForm(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") AuthorityForm form, BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		access.requireAnywhere(actor, Permission.MANAGE, "error.access.scope");
		return page.create(form.getCode(), result, model, redirect, () -> authorities.save(form.toDraft(), actor, null));
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Actor actor, Model model) {
		Authority authority = authorities.require(code, Permission.MANAGE, actor);
		return page.filled(AuthorityForm.of(authority, units.byId(authority.unitId()).map(OrgUnit::code).orElse(null)), model);
	}

	@PostMapping("/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("form") AuthorityForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		form.setCode(authorities.require(code, Permission.MANAGE, actor).code());
		return page.update(form.getCode(), result, model, redirect, () -> authorities.save(form.toDraft(), actor, form.getVersion()));
	}

	/** The authority's certificate templates, one per form. */
	@GetMapping("/{code}/certificates")
	String certificates(@PathVariable String code, Actor actor, Model model) {
		model.addAttribute("templates", templates.all(code, actor));
		model.addAttribute("authority", authorities.require(code, Permission.MANAGE, actor));
		return "awards/certificates";
	}

	@PostMapping("/{code}/certificates")
	String saveCertificate(@PathVariable String code, @org.springframework.web.bind.annotation.RequestParam(required = false) org.steerdesk.awards.AwardForm form,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String heading,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String wording,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String title,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String signerPrefix,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String signerTitle,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String signerName, Actor actor, java.util.Locale locale,
			RedirectAttributes redirect) {
		org.steerdesk.shared.FormSubmission.flashed(() -> templates.save(code,
				new org.steerdesk.awards.CertificateTemplate(form, heading, wording, title, signerPrefix, signerTitle, signerName), actor),
				redirect, "awards.templateSaved", "templateErrors", messages, locale);
		return "redirect:/awards/authorities/" + code + "/certificates" + (form == null ? "" : "#template-" + form);
	}
}

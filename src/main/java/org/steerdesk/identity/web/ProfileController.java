package org.steerdesk.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.identity.Accounts;
import org.steerdesk.identity.Passwords;
import org.steerdesk.identity.ApiTokens;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;

/** The user's own profile: roles, password change, and personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final Accounts accounts;

	private final Passwords passwords;

	private final ApiTokens tokens;

	private final RoleLabels roleLabels;

	private final org.springframework.context.MessageSource messages;

	ProfileController(Accounts accounts, Passwords passwords, ApiTokens tokens, RoleLabels roleLabels, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.roleLabels = roleLabels;
	}

	@GetMapping
	String profile(Actor actor, Model model) {
		model.addAttribute("account", accounts.byUsername(actor.username()).orElseThrow());
		model.addAttribute("grants", roleLabels.describe(actor.grants()));
		model.addAttribute("tokens", tokens.of(actor.userId()));
		return "profile/index";
	}

	@PostMapping("/tokens")
	String createToken(@RequestParam(required = false) String name, Actor actor, Model model) {
		try {
			model.addAttribute("newToken", tokens.create(actor.userId(), actor.username(), name));
		}
		catch (InvalidRecordException e) {
			model.addAttribute("tokenError", e.violations().list().get(0).code());
		}
		return profile(actor, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		tokens.revoke(actor.userId(), actor.username(), id);
		redirect.addFlashAttribute("message", "profile.token.revoked");
		return "redirect:/profile";
	}

	@GetMapping("/password")
	String passwordForm(Actor actor, Model model) {
		model.addAttribute("mustChange", accounts.byUsername(actor.username()).orElseThrow().mustChangePassword());
		return "profile/password";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			Actor actor, Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpSession session,
			java.util.Locale locale) {
		if (newPassword != null && !newPassword.equals(confirmPassword)) {
			model.addAttribute("passwordErrors", java.util.Map.of("confirmPassword",
					messages.getMessage("identity.password.mismatch", null, locale)));
			return passwordForm(actor, model);
		}
		try {
			passwords.changeOwnPassword(actor.username(), currentPassword, newPassword, session.getId());
		}
		catch (InvalidRecordException e) {
			java.util.Map<String, String> errors = new java.util.HashMap<>();
			e.violations().list().forEach(v -> errors.putIfAbsent(v.field().equals("password") ? "newPassword" : v.field(),
					messages.getMessage(v.code(), v.args().toArray(), v.code(), locale)));
			model.addAttribute("passwordErrors", errors);
			return passwordForm(actor, model);
		}
		redirect.addFlashAttribute("message", "profile.password.changed");
		return "redirect:/profile";
	}
}

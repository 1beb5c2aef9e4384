package org.steerdesk.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steerdesk.identity.Accounts;
import org.steerdesk.identity.Passwords;
import org.steerdesk.identity.LoginThrottle;
import org.steerdesk.identity.NewUser;
import org.steerdesk.identity.UserAccount;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.FormSubmission;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Role;

/** User administration: pages under {@code /admin/users} and {@code POST /api/v1/users} (spec §4). */
@Controller
class UsersController {

	static final String VIEW_FORM = "admin/userForm";

	private final Accounts accounts;

	private final Passwords passwords;

	private final LoginThrottle throttle;

	private final RoleLabels roleLabels;

	UsersController(Accounts accounts, Passwords passwords, LoginThrottle throttle, RoleLabels roleLabels) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.roleLabels = roleLabels;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Actor actor, Model model) {
		requireAdmin(actor);
		List<UserAccount> users = accounts.all();
		model.addAttribute("users", users);
		model.addAttribute("grantsByUser", users.stream()
			.collect(java.util.stream.Collectors.toMap(UserAccount::username, u -> roleLabels.describe(u.grants()))));
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String initCreationForm(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("form", new UserForm().padded());
		model.addAttribute("creating", true);
		return VIEW_FORM;
	}

	@PostMapping("/admin/users/new")
	String processCreationForm(@ModelAttribute("form") UserForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (!FormSubmission.saved(result,
				() -> accounts.create(new NewUser(form.getUsername(), form.getPassword(), form.getDisplayName(), form.roleList()), actor))) {
			form.padded();
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("message", "admin.user.saved");
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users/{username}")
	String initUpdateForm(@PathVariable String username, Actor actor, Model model) {
		requireAdmin(actor);
		UserAccount user = require(username);
		UserForm form = new UserForm();
		form.setUsername(user.username());
		form.setDisplayName(user.displayName());
		form.setEnabled(user.enabled());
		form.setVersion(user.version());
		roleLabels.describe(user.grants()).forEach(g -> form.getRoles().add(new UserForm.RoleRow(g.role(), g.unitCode())));
		model.addAttribute("form", form.padded());
		model.addAttribute("creating", false);
		return VIEW_FORM;
	}

	@PostMapping("/admin/users/{username}")
	String processUpdateForm(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		UserAccount user = require(username);
		form.setUsername(user.username());
		model.addAttribute("creating", false);
		boolean saved = FormSubmission.saved(result, () -> {
			accounts.update(user.username(), form.getDisplayName(), form.roleList(), form.isEnabled(),
					form.getVersion() == null ? -1 : form.getVersion(), actor);
			if (form.getPassword() != null && !form.getPassword().isEmpty()) {
				passwords.resetPassword(user.username(), form.getPassword(), actor);
			}
		});
		if (!saved) {
			form.padded();
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("message", "admin.user.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@PathVariable String username, Actor actor, RedirectAttributes redirect) {
		requireAdmin(actor);
		throttle.unlock(username);
		redirect.addFlashAttribute("message", "admin.user.unlocked");
		return "redirect:/admin/users";
	}

	@PostMapping("/api/v1/users")
	@ResponseBody
	ResponseEntity<CreatedUser> create(@RequestBody NewUser user, Actor actor) {
		UserAccount created = accounts.create(user, actor);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CreatedUser(created.username(), created.displayName(), roleLabels.describe(created.grants())
				.stream()
				.map(g -> new NewUser.RoleOnUnit(g.role(), g.unitCode()))
				.toList()));
	}

	/** The 201 body: the user without its password. */
	record CreatedUser(String username, String displayName, List<NewUser.RoleOnUnit> roles) {
	}

	private UserAccount require(String username) {
		return accounts.byUsername(username).orElseThrow(() -> new NotFoundException("User " + username));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new org.springframework.security.access.AccessDeniedException("error.access.admin");
		}
	}
}

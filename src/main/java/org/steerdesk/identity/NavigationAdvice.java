package org.steerdesk.identity;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Grant;
import org.steerdesk.shared.Role;

/**
 * The roles the signed-in user holds anywhere, for the menus (a viewer is offered no imports, only
 * an administrator the administration). The actor read here is kept on the request, so a page's
 * handler does not read it again.
 */
@ControllerAdvice
class NavigationAdvice {

	static final Set<Role> RECORDERS = EnumSet.of(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR);

	static final String ACTOR = NavigationAdvice.class.getName() + ".actor";

	private final Accounts accounts;

	NavigationAdvice(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("navRoles")
	Set<Role> navRoles(HttpServletRequest request) {
		Actor actor = actor(request, accounts);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (actor != null) {
			actor.grants().stream().map(Grant::role).forEach(roles::add);
		}
		return roles;
	}

	/** Whether the menus offer the imports: to those who may record (editors, secretariats, administrators). */
	@ModelAttribute("navImports")
	boolean navImports(HttpServletRequest request) {
		Actor actor = actor(request, accounts);
		return actor != null && actor.grants().stream().anyMatch(g -> RECORDERS.contains(g.role()));
	}

	/** The signed-in actor of this request, read once; null when nobody is signed in. */
	static Actor actor(HttpServletRequest request, Accounts accounts) {
		Object known = request.getAttribute(ACTOR);
		if (known instanceof Actor actor) {
			return actor;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Actor actor = accounts.actor(auth.getName()).orElse(null);
		if (actor != null) {
			request.setAttribute(ACTOR, actor);
		}
		return actor;
	}
}

package org.steerdesk.identity;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.steerdesk.shared.Actor;

/**
 * Lets controllers take the signed-in {@link Actor} as a parameter, with its grants read afresh,
 * so that a role taken away takes effect at once.
 */
@Configuration(proxyBeanMethods = false)
class ActorResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final Accounts accounts;

	ActorResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Actor.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
			WebDataBinderFactory binderFactory) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			throw new InsufficientAuthenticationException("not signed in");
		}
		jakarta.servlet.http.HttpServletRequest request = webRequest.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class);
		Actor actor = request == null ? accounts.actor(auth.getName()).orElse(null) : NavigationAdvice.actor(request, accounts);
		if (actor == null) {
			throw new InsufficientAuthenticationException("no such user");
		}
		return actor;
	}
}

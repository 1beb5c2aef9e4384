package org.steerdesk.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains: the API and actuator (HTTP Basic or Bearer token, stateless, problem+json
 * errors) and the pages (form login, sessions in the database, CSRF on).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** One query per lookup (user and roles joined), so a request never holds two pool connections for it. */
	@Bean
	UserDetailsService userDetailsService(JdbcClient jdbc) {
		return username -> {
			String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
			if (name.length() > 64) {
				throw new UsernameNotFoundException("unknown");
			}
			List<String[]> rows = jdbc.sql("""
					SELECT u.username, u.password_hash, u.enabled, r.role FROM users u
					LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.username = ?""")
				.param(name)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), Boolean.toString(rs.getBoolean(3)), rs.getString(4) })
				.list();
			if (rows.isEmpty()) {
				throw new UsernameNotFoundException("unknown");
			}
			String[] first = rows.get(0);
			List<SimpleGrantedAuthority> authorities = rows.stream()
				.map(r -> r[3])
				.filter(java.util.Objects::nonNull)
				.distinct()
				.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList();
			return User.withUsername(first[0])
				.password(first[1])
				.disabled(!Boolean.parseBoolean(first[2]))
				.authorities(authorities)
				.build();
		};
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		// sign-ins and HTTP Basic requests: a password just checked is recognised without another bcrypt
		dao.setPasswordEncoder(new RememberingPasswordEncoder(encoder));
		return new ProviderManager(new ThrottledProvider(dao, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users, MessageSource messages,
			AuthenticationManager authenticationManager, Accounts accounts) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Steerdesk\"");
			problem(response, 401, messages.getMessage(e instanceof LockedException ? "login.locked" : "error.401", null,
					locale(request)));
		};
		AccessDeniedHandler denied = (request, response, e) -> problem(response, 403,
				messages.getMessage("error.access.scope", null, locale(request)));
		http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.access(currentAdmin(accounts))
				.anyRequest()
				.authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(unauthenticated))
			.addFilterBefore(new BearerTokenFilter(tokens, users, unauthenticated), BasicAuthenticationFilter.class)
			.addFilterAfter(PasswordChangeFilter.api(accounts, messages),
					org.springframework.security.web.access.intercept.AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, Accounts accounts, AuthenticationManager authenticationManager)
			throws Exception {
		http.authenticationManager(authenticationManager).authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/admin/**")
			.access(currentAdmin(accounts))
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login")
				.failureHandler((request, response, e) -> response
					.sendRedirect(request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error")))
				.permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			// after signing in, the page asked for, without Spring Security's "?continue" in the address
			.requestCache(c -> {
				org.springframework.security.web.savedrequest.HttpSessionRequestCache cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
				cache.setMatchingRequestParameterName(null);
				c.requestCache(cache);
			})
			.exceptionHandling(e -> e.accessDeniedPage("/error/403"))
			.addFilterAfter(PasswordChangeFilter.pages(accounts), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
		headers(http);
		return http.build();
	}

	/**
	 * Administrators as they are now, read from the database at each request, never the roles a
	 * session was given at sign-in: a demoted administrator's old session (on any instance) opens
	 * nothing of theirs any more.
	 */
	static org.springframework.security.authorization.AuthorizationManager<org.springframework.security.web.access.intercept.RequestAuthorizationContext> currentAdmin(
			Accounts accounts) {
		return (authentication, context) -> {
			Authentication auth = authentication.get();
			boolean admin = auth != null && auth.isAuthenticated()
					&& !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
					&& accounts.actor(auth.getName()).map(org.steerdesk.shared.Actor::isAdmin).orElse(false);
			return new org.springframework.security.authorization.AuthorizationDecision(admin);
		};
	}

	/** The policies every answer carries, also those given before the application runs ({@link org.steerdesk.web.SecurityHeaders}). */
	static final String CONTENT_SECURITY_POLICY = org.steerdesk.web.SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PERMISSIONS_POLICY = org.steerdesk.web.SecurityHeaders.PERMISSIONS_POLICY;

	/** The same security headers on every answer, pages and API. */
	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter("Permissions-Policy",
					PERMISSIONS_POLICY)));
	}

	/** The API's language before Spring MVC resolves it: English when the client asks for it, else Vietnamese. */
	private static Locale locale(HttpServletRequest request) {
		String accept = request.getHeader("Accept-Language");
		return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
	}

	private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
				+ (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + escaped + "\"}");
	}

	/** Checks every password under the name's lockout count ({@link LoginThrottle#attempt}). */
	static final class ThrottledProvider implements AuthenticationProvider {

		private final AuthenticationProvider delegate;

		private final LoginThrottle throttle;

		ThrottledProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
			this.delegate = delegate;
			this.throttle = throttle;
		}

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			return throttle.attempt(authentication.getName(), () -> delegate.authenticate(authentication));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return delegate.supports(authentication);
		}
	}

	/** {@code Authorization: Bearer <token>} with a personal API token. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final UserDetailsService users;

		private final AuthenticationEntryPoint unauthenticated;

		BearerTokenFilter(ApiTokens tokens, UserDetailsService users, AuthenticationEntryPoint unauthenticated) {
			this.tokens = tokens;
			this.users = users;
			this.unauthenticated = unauthenticated;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				String username = tokens.authenticate(header.substring(7).strip()).orElse(null);
				if (username == null) {
					unauthenticated.commence(request, response, new BadCredentialsException("token"));
					return;
				}
				UserDetails user = users.loadUserByUsername(username);
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}
	}

	/**
	 * Stops a user who must change their password (a reset one) until they do: pages are sent to
	 * the profile, the API answers problem details; {@code refusal} says which.
	 */
	static final class PasswordChangeFilter extends OncePerRequestFilter {

		/** What a refused request gets. */
		interface Refusal {
			void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
		}

		/** Pages: to the profile's password form, except what that form itself needs. */
		static PasswordChangeFilter pages(Accounts accounts) {
			return new PasswordChangeFilter(accounts,
					path -> path.startsWith("/profile/password") || path.startsWith("/logout") || path.startsWith("/login")
							|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
							|| path.startsWith("/error"),
					(request, response) -> response.sendRedirect(request.getContextPath() + "/profile/password"));
		}

		/** The API: 403 problem details saying to change the password on the profile page. */
		static PasswordChangeFilter api(Accounts accounts, MessageSource messages) {
			return new PasswordChangeFilter(accounts, path -> false, (request, response) -> problem(response, 403,
					messages.getMessage("error.mustChangePassword", null, locale(request))));
		}

		private final Accounts accounts;

		private final java.util.function.Predicate<String> exempt;

		private final Refusal refusal;

		private PasswordChangeFilter(Accounts accounts, java.util.function.Predicate<String> exempt, Refusal refusal) {
			this.accounts = accounts;
			this.exempt = exempt;
			this.refusal = refusal;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!exempt.test(path) && auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof UserDetails user
					&& accounts.mustChangePassword(user.getUsername())) {
				refusal.refuse(request, response);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}

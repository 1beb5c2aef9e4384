package org.steerdesk.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default (English when the browser or API client asks for it first); {@code ?lang=en}
 * or {@code ?lang=vi} on any page switches and is remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The heavy-work gate (absent in a test's slice of the web layer, which then has no exports' gate). */
	private final org.springframework.beans.factory.ObjectProvider<org.steerdesk.shared.HeavyWork> heavy;

	WebConfig(org.springframework.beans.factory.ObjectProvider<org.steerdesk.shared.HeavyWork> heavy) {
		this.heavy = heavy;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("steerdesk-lang");
		resolver.setDefaultLocaleFunction(request -> {
			String accept = request.getHeader("Accept-Language");
			return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** The bulkhead in front of every other filter (security and sessions use the database too). */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<RequestBulkhead> requestBulkhead(
			@org.springframework.beans.factory.annotation.Value("${steerdesk.web.max-concurrent-requests:12}") int permits,
			@org.springframework.beans.factory.annotation.Value("${steerdesk.web.queue-timeout:PT10S}") Duration wait) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RequestBulkhead(permits, wait));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Static files under their own paths only (instead of Boot's {@code /**}), so that the resource
	 * chain, which rewrites every link of a page, looks up {@code /webjars}, {@code /css} and
	 * {@code /js} links and passes page links by without searching the jar for them.
	 */
	@Override
	public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(org.springframework.http.CacheControl.noCache())
				.resourceChain(true);
		}
	}

	/** Days in forms and filters as users write them ({@code 05/01/2023}) or as ISO dates. */
	@Override
	public void addFormatters(org.springframework.format.FormatterRegistry registry) {
		registry.addFormatterForFieldType(java.time.LocalDate.class, new org.steerdesk.shared.Days());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		heavy.ifAvailable(gate -> registry.addInterceptor(new ExportGate(gate)));
	}
}

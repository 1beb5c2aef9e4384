package org.steerdesk.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between the pages of a list, for the templates ({@code @pages}): the address being shown
 * with its filters as they are, only the page cursor ({@code after}) changed. The address is a path
 * of this server, never one built from the request's Host header; parameters are taken as the
 * server decoded them and encoded again, so an odd query string cannot break the link.
 */
@Component("pages")
class Pages {

	/** The current address with {@code after} set to the cursor, or without it when the cursor is null (the first page). */
	public String after(String cursor) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(request.getRequestURI());
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals("after")) {
				address.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
			}
		}
		if (cursor != null) {
			address.queryParam("after", cursor);
		}
		return address.encode().build().toUriString();
	}
}

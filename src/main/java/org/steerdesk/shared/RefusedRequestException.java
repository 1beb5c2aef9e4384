package org.steerdesk.shared;

import java.util.List;

/**
 * A request refused with an HTTP status and a message in the user's language: a file over the
 * size limit (413), a server too busy to take it now (503), a conflict with a concurrent change
 * (409), a malformed parameter (400). Pages show the message; the API answers problem details.
 */
public class RefusedRequestException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final List<Object> args;

	private final String parameter;

	private final Integer retryAfterSeconds;

	public RefusedRequestException(int status, String messageKey, String parameter, Integer retryAfterSeconds, Object... args) {
		super(messageKey, null, false, false);
		this.status = status;
		this.messageKey = messageKey;
		this.parameter = parameter;
		this.retryAfterSeconds = retryAfterSeconds;
		this.args = List.of(args);
	}

	/** 400: a request parameter cannot be read; {@code parameter} names it. */
	public static RefusedRequestException badParameter(String parameter) {
		return new RefusedRequestException(400, "error.parameter", parameter, null, parameter);
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}

	/** The request parameter at fault, or null. */
	public String parameter() {
		return parameter;
	}

	/** Seconds after which trying again may work, or null. */
	public Integer retryAfterSeconds() {
		return retryAfterSeconds;
	}
}

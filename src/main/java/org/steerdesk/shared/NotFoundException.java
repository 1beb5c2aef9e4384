package org.steerdesk.shared;

/** The requested record does not exist. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}

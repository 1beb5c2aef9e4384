package org.steerdesk.imports;

import org.steerdesk.shared.NotFoundException;

/** No register of that name accepts imports. */
public class UnknownRegisterException extends NotFoundException {

	public UnknownRegisterException(String register) {
		super("Register " + register);
	}
}

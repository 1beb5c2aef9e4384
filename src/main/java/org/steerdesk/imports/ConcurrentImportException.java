package org.steerdesk.imports;

import org.steerdesk.shared.RefusedRequestException;

/**
 * Another import changed the same records at the same moment and this one lost: nothing of it was
 * written, and running it again will see the other's records (409).
 */
public class ConcurrentImportException extends RefusedRequestException {

	ConcurrentImportException(String register) {
		super(409, "import.concurrent", null, null, register);
	}
}

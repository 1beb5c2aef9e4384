package org.steerdesk.imports;

import org.steerdesk.shared.RefusedRequestException;

/** Every import slot of this instance stayed taken while the caller waited: try again shortly (503). */
public class ImportBusyException extends RefusedRequestException {

	ImportBusyException() {
		super(503, "import.busy", null, 30);
	}
}

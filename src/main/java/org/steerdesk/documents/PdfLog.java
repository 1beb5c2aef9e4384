package org.steerdesk.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to the application's (SLF4J) instead of its own console handler,
 * under {@code com.openhtmltopdf.<area>}, so that its levels are set like any other logger's.
 */
final class PdfLog implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(msg, th); // its INFO is chatty (one line per font and document)
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels come from the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
	}
}

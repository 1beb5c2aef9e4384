package org.steerdesk.external;

/** A delegation received (đoàn vào) or sent abroad (đoàn ra). */
public enum Direction {
	IN, OUT
}

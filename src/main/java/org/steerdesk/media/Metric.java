package org.steerdesk.media;

/** What an observation counts. */
public enum Metric {
	VIEWS, REACTIONS, COMMENTS, SHARES
}

package org.steerdesk.external;

/** Why a delegation came or went. */
public enum Purpose {
	STUDY, SURVEY, INVESTMENT, TRADE, CULTURE, OFFICIAL, OTHER
}

package org.steerdesk.org;

/** Which official format a committee's documents follow: Decree 30/2020 (state) or Party (HD 36). */
public enum DocumentStyle {
	STATE, PARTY
}

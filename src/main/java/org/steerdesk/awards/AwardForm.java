package org.steerdesk.awards;

/** The form of a commendation: a certificate of merit, a certificate of commendation, or another form. */
public enum AwardForm {
	BANG_KHEN, GIAY_KHEN, OTHER
}

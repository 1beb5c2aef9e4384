package org.steerdesk.awards;

/** A decision being prepared (no number yet, recipients may change) or issued (numbered, frozen but for revocations). */
public enum DecisionStatus {
	DRAFT, ISSUED
}

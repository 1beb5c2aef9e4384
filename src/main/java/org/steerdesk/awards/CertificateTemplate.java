package org.steerdesk.awards;

/**
 * How an authority's certificates of one form read: the heading (the awarding body), the word before
 * the title ("TẶNG"), the title ("BẰNG KHEN"), and the signer's block; an empty signer's name prints
 * the decision's signer.
 */
public record CertificateTemplate(AwardForm form, String heading, String wording, String title, String signerPrefix, String signerTitle,
		String signerName) {
}

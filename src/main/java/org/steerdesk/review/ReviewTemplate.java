package org.steerdesk.review;

import java.util.List;

/**
 * A committee's review template in one language: the title ("BÁO CÁO"), the subject line, the
 * narrative (Markdown with figure keys, see {@link ReviewText}) and the recipients. {@code custom}
 * is false while the committee uses its document style's default.
 */
public record ReviewTemplate(long committeeId, String language, String title, String subject, String body, List<String> recipients,
		int version, boolean custom) {

	public String recipientsText() {
		return String.join("\n", recipients);
	}
}

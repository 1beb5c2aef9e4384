package org.steerdesk.review;

import java.util.List;

import org.steerdesk.documents.OfficialDocument.Block;
import org.steerdesk.org.Committee;

/**
 * A review as its page shows it: the narrative filled with figures (live for a draft, frozen for
 * an issued review), the figures table and the narrative's current version.
 */
public record ReviewView(Review review, Committee committee, String subject, List<Block> blocks, List<FigureLine> figures,
		List<String> unknownKeys, NarrativeVersion narrative) {

	/** Whether the year before has no records at all: nothing to compare with (never shown as "0"). */
	public boolean previousEmpty() {
		return figures.stream().allMatch(f -> f.previous() == 0);
	}

	public String html() {
		return ReviewText.html(blocks);
	}
}

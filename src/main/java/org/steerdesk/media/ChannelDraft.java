package org.steerdesk.media;

/** The editable content of a channel, as in the {@code media-channels} exchange format. */
public record ChannelDraft(String code, String name, ChannelType type, Platform platform, String url, String unitCode,
		String feedUrl) {
}

package org.steerdesk.media;

import java.time.Instant;

/** A channel the committees publish on (báo, đài, cổng thông tin, tài khoản mạng xã hội), owned by a unit. */
public record Channel(long id, String code, String name, ChannelType type, Platform platform, String url, long unitId,
		String feedUrl, Instant feedCheckedAt, String feedError, Instant feedErrorAt, int version) {
}

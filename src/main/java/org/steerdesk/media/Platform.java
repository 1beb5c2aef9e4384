package org.steerdesk.media;

/** The social network of a SOCIAL_ACCOUNT channel. */
public enum Platform {
	FACEBOOK, ZALO, YOUTUBE, TIKTOK, OTHER
}

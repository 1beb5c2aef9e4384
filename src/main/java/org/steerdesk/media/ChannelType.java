package org.steerdesk.media;

/** What kind of outlet a channel is. */
public enum ChannelType {
	NEWSPAPER, RADIO_TV, PORTAL, MAGAZINE, SOCIAL_ACCOUNT, OTHER
}

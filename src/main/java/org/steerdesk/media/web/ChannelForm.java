package org.steerdesk.media.web;

import org.steerdesk.media.Channel;
import org.steerdesk.media.ChannelDraft;
import org.steerdesk.media.ChannelType;
import org.steerdesk.media.Platform;

/** The channel form's fields. */
public class ChannelForm {

	private String code;

	private String name;

	private ChannelType type;

	private Platform platform;

	private String url;

	private String unitCode;

	private String feedUrl;

	private Integer version;

	static ChannelForm of(Channel c, String unitCode) {
		ChannelForm form = new ChannelForm();
		form.code = c.code();
		form.name = c.name();
		form.type = c.type();
		form.platform = c.platform();
		form.url = c.url();
		form.unitCode = unitCode;
		form.feedUrl = c.feedUrl();
		form.version = c.version();
		return form;
	}

	ChannelDraft toDraft() {
		return new ChannelDraft(code, name, type, platform, url, unitCode, feedUrl);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public ChannelType getType() { return type; }
	public void setType(ChannelType type) { this.type = type; }
	public Platform getPlatform() { return platform; }
	public void setPlatform(Platform platform) { this.platform = platform; }
	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public String getFeedUrl() { return feedUrl; }
	public void setFeedUrl(String feedUrl) { this.feedUrl = feedUrl; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

package org.steerdesk.media.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.media.ShareDraft;

/** The share form's fields; the time is the province's wall clock ({@code steerdesk.zone}). */
public class ShareForm {

	private String url;

	private String channelCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime sharedAt;

	private String unitCode;

	private String itemUrl;

	private Integer version;

	static ShareForm of(org.steerdesk.media.Share share, String channelCode, String unitCode, String itemUrl) {
		ShareForm form = new ShareForm();
		form.url = share.url();
		form.channelCode = channelCode;
		form.sharedAt = ProvinceTime.wallClock(share.sharedAt());
		form.unitCode = unitCode;
		form.itemUrl = itemUrl;
		form.version = share.version();
		return form;
	}

	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }

	ShareDraft toDraft() {
		return new ShareDraft(url, channelCode, sharedAt == null ? null : ProvinceTime.at(sharedAt),
				unitCode, itemUrl);
	}

	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public String getChannelCode() { return channelCode; }
	public void setChannelCode(String channelCode) { this.channelCode = channelCode; }
	public LocalDateTime getSharedAt() { return sharedAt; }
	public void setSharedAt(LocalDateTime sharedAt) { this.sharedAt = sharedAt; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public String getItemUrl() { return itemUrl; }
	public void setItemUrl(String itemUrl) { this.itemUrl = itemUrl; }
}

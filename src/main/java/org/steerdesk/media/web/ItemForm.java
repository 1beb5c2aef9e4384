package org.steerdesk.media.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.media.Item;
import org.steerdesk.media.ItemDraft;
import org.steerdesk.media.ItemKind;

/** The item form's fields; the time is the province's wall clock ({@code steerdesk.zone}). */
public class ItemForm {

	private String url;

	private String title;

	private ItemKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime publishedAt;

	private String channelCode;

	private String unitCode;

	private String themes;

	private Integer version;

	static ItemForm of(Item item, String channelCode, String unitCode) {
		ItemForm form = new ItemForm();
		form.url = item.url();
		form.title = item.title();
		form.kind = item.kind();
		form.publishedAt = ProvinceTime.wallClock(item.publishedAt());
		form.channelCode = channelCode;
		form.unitCode = unitCode;
		form.themes = String.join("; ", item.themes());
		form.version = item.version();
		return form;
	}

	ItemDraft toDraft() {
		OffsetDateTime at = publishedAt == null ? null : ProvinceTime.at(publishedAt);
		List<String> themeList = themes == null ? List.of() : Arrays.stream(themes.split(";")).map(String::strip).toList();
		return new ItemDraft(url, title, kind, at, channelCode, unitCode, themeList);
	}

	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public ItemKind getKind() { return kind; }
	public void setKind(ItemKind kind) { this.kind = kind; }
	public LocalDateTime getPublishedAt() { return publishedAt; }
	public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
	public String getChannelCode() { return channelCode; }
	public void setChannelCode(String channelCode) { this.channelCode = channelCode; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public String getThemes() { return themes; }
	public void setThemes(String themes) { this.themes = themes; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}

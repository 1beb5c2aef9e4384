package org.steerdesk.media;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.imports.ImportSession;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RecordImport;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

/**
 * The media register's imports (spec §2: media-channels, media-items, media-shares,
 * media-metrics). Items, shares and observations are saved a chunk at a time through their batch
 * save, with unit and channel codes resolved once per file; URLs are compared normalised.
 */
@Configuration(proxyBeanMethods = false)
class MediaImports {

	static final String DATE_TIME = "YYYY-MM-DDTHH:MM[:SS] (Asia/Ho_Chi_Minh) | YYYY-MM-DD";

	@Bean
	ImportTarget mediaChannelsImport(Channels channels, OrgAccess access) {
		return RecordImport.of("media-channels", ChannelDraft.class)
			.columns(required("code"), required("name"), required("type").values(ChannelType.class, "media.type."),
					optional("platform").values(Platform.class, "media.platform."), optional("url"), required("unit_code"), optional("feed_url"))
			.key("code")
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader((row, v) -> new ChannelDraft(row.text("code"), row.text("name"), row.enumValue("type", ChannelType.class, "media.type.", v),
					row.enumValue("platform", Platform.class, "media.platform.", v), row.text("url"), row.text("unit_code"), row.text("feed_url")))
			.each((draft, actor) -> channels.save(draft, actor, null));
	}

	@Bean
	ImportTarget mediaItemsImport(Items items, OrgAccess access) {
		return RecordImport.of("media-items", ItemRows.Checked.class)
			.columns(required("url"), required("title"), required("kind").values(ItemKind.class, "media.kind."),
					required("published_at").values(DATE_TIME), required("channel_code"), required("unit_code"),
					optional("themes").values("a;b;c"))
			.key("url")
			.keyOf(MediaImports::urlKey)
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader(ItemRows::readChecked)
			.batches((drafts, session) -> items.saveChecked(drafts, refs(items, session), false));
	}

	@Bean
	ImportTarget mediaSharesImport(Shares shares, Items items, OrgAccess access) {
		return RecordImport.of("media-shares", Shares.Checked.class)
			.columns(required("url"), required("channel_code"), required("shared_at").values(DATE_TIME), required("unit_code"),
					optional("item_url"))
			.key("url")
			.keyOf(MediaImports::urlKey)
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader(Shares::readChecked)
			.batches((drafts, session) -> shares.saveChecked(drafts, refs(items, session), false));
	}

	@Bean
	ImportTarget mediaMetricsImport(Metrics metrics, Items items, OrgAccess access) {
		return RecordImport.of("media-metrics", MetricDraft.class)
			.columns(required("target_url"), required("metric").values(Metric.class, "media.metric."), required("value").values("0, 1, 2, ..."),
					required("observed_at").values(DATE_TIME))
			.key("target_url", "metric", "observed_at")
			.keyOf(row -> {
				OffsetDateTime at = row.dateTime("observed_at", new Violations());
				return MediaUrls.normalise(row.text("target_url")) + "/"
						+ String.valueOf(row.text("metric")).toUpperCase(Locale.ROOT) + "/"
						+ (at == null ? row.text("observed_at") : at.toInstant());
			})
			.allowedIf(actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS))
			.reader(Metrics::read)
			.batches((drafts, session) -> metrics.saveAll(drafts, refs(items, session)));
	}

	/** A row's URL as the register keys it. */
	private static String urlKey(ImportRow row) {
		String url = MediaUrls.normalise(row.text("url"));
		return url == null ? "?" + row.text("url") : url;
	}

	/** The file's unit and channel references, resolved once for the whole file. */
	private static MediaRefs refs(Items items, ImportSession session) {
		return session.shared(MediaRefs.class, () -> items.refs(session.actor()));
	}
}

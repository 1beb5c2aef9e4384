package org.steerdesk.media;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steerdesk.imports.ImportColumn;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.imports.ImportSession;
import org.steerdesk.imports.ImportTarget;
import org.steerdesk.imports.RowImportTarget;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;

import static org.steerdesk.imports.ImportColumn.optional;
import static org.steerdesk.imports.ImportColumn.required;

/** The media register's import targets (spec §2: media-channels, media-items, media-shares, media-metrics). */
@Configuration(proxyBeanMethods = false)
class MediaImports {

	static final int CHUNK = 1000;

	static final String DATE_TIME = "YYYY-MM-DDTHH:MM[:SS] (Asia/Ho_Chi_Minh) | YYYY-MM-DD";

	@Bean
	ImportTarget mediaChannelsImport(Channels channels, OrgAccess access) {
		return new RowImportTarget<>("media-channels",
				List.of(required("code"), required("name"), required("type").values(ChannelType.class),
						optional("platform").values(Platform.class), optional("url"), required("unit_code"), optional("feed_url")),
				List.of("code"), actor -> access.mayAnywhere(actor, Permission.EDIT_RECORDS),
				(row, v) -> new ChannelDraft(row.text("code"), row.text("name"), row.enumValue("type", ChannelType.class, v),
						row.enumValue("platform", Platform.class, v), row.text("url"), row.text("unit_code"), row.text("feed_url")),
				(draft, actor) -> channels.save(draft, actor, null));
	}

	@Bean
	ImportTarget mediaItemsImport(Items items, OrgAccess access) {
		return new Target<>("media-items",
				List.of(required("url"), required("title"), required("kind").values(ItemKind.class),
						required("published_at").values(DATE_TIME), required("channel_code"), required("unit_code"),
						optional("themes").values("a;b;c")),
				List.of("url"), access, Items::read, (drafts, refs) -> items.saveAll(drafts, refs, false), items);
	}

	@Bean
	ImportTarget mediaSharesImport(Shares shares, Items items, OrgAccess access) {
		return new Target<>("media-shares",
				List.of(required("url"), required("channel_code"), required("shared_at").values(DATE_TIME), required("unit_code"),
						optional("item_url")),
				List.of("url"), access, Shares::read, (drafts, refs) -> shares.saveAll(drafts, refs, false), items);
	}

	@Bean
	ImportTarget mediaMetricsImport(Metrics metrics, Items items, OrgAccess access) {
		return new Target<>("media-metrics",
				List.of(required("target_url"), required("metric").values(Metric.class), required("value").values("0, 1, 2, ..."),
						required("observed_at").values(DATE_TIME)),
				List.of("target_url", "metric", "observed_at"), access, Metrics::read, metrics::saveAll, items) {
			@Override
			public String keyOf(ImportRow row) {
				OffsetDateTime at = row.dateTime("observed_at", new Violations());
				return MediaUrls.normalise(row.text("target_url")) + "/"
						+ String.valueOf(row.text("metric")).toUpperCase(Locale.ROOT) + "/"
						+ (at == null ? row.text("observed_at") : at.toInstant());
			}
		};
	}

	interface Reader<D> {
		D read(ImportRow row, Violations violations);
	}

	interface Saver<D> {
		List<Items.Result> save(List<D> drafts, MediaRefs refs);
	}

	/**
	 * A media register's import of items, shares or observations: rows are read, then saved a thousand at a time through the
	 * register's batch save; URLs are compared normalised.
	 */
	static class Target<D> implements ImportTarget {

		private final String register;

		private final List<ImportColumn> columns;

		private final List<String> key;

		private final OrgAccess access;

		private final Reader<D> reader;

		private final Saver<D> saver;

		private final Items items;

		Target(String register, List<ImportColumn> columns, List<String> key, OrgAccess access, Reader<D> reader, Saver<D> saver,
				Items items) {
			this.register = register;
			this.columns = columns;
			this.key = key;
			this.access = access;
			this.reader = reader;
			this.saver = saver;
			this.items = items;
		}

		@Override
		public String register() {
			return register;
		}

		@Override
		public List<ImportColumn> columns() {
			return columns;
		}

		@Override
		public List<String> key() {
			return key;
		}

		@Override
		public String keyOf(ImportRow row) {
			if (key.equals(List.of("url"))) {
				String url = MediaUrls.normalise(row.text("url"));
				return url == null ? "?" + row.text("url") : url;
			}
			return ImportTarget.super.keyOf(row);
		}

		@Override
		public boolean mayImport(Actor actor) {
			return access.mayAnywhere(actor, Permission.EDIT_RECORDS);
		}

		@Override
		public void apply(List<ImportRow> rows, ImportSession session) {
			MediaRefs refs = items.refs(session.actor());
			for (int from = 0; from < rows.size(); from += CHUNK) {
				List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
				List<D> drafts = new ArrayList<>();
				List<ImportRow> read = new ArrayList<>();
				for (ImportRow row : chunk) {
					Violations violations = new Violations();
					D draft = reader.read(row, violations);
					if (violations.isEmpty()) {
						drafts.add(draft);
						read.add(row);
					}
					else {
						session.reject(row, violations);
					}
				}
				List<Items.Result> results = saver.save(drafts, refs);
				for (int i = 0; i < results.size(); i++) {
					Items.Result result = results.get(i);
					if (result.violations() != null) {
						session.reject(read.get(i), result.violations());
					}
					else {
						session.saved(result.outcome());
					}
				}
			}
		}
	}

}

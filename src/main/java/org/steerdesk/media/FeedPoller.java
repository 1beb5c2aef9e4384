package org.steerdesk.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.OutboundAddresses;
import org.steerdesk.shared.VietnameseText;

/**
 * Polls the RSS/Atom feeds of channels on a schedule (only one instance at a time, by ShedLock)
 * and on demand. New entries become items of the channel's unit, deduplicated by entry URI and
 * then by normalised link; requests are conditional (ETag / Last-Modified). A failing feed is
 * noted on its channel and never stops the others.
 */
@Service
public class FeedPoller {

	/** What one poll did. */
	public record Outcome(boolean ok, boolean notModified, int created, String error) implements java.io.Serializable {
	}

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private final Channels channels;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	/** Redirects are followed by hand, so that each target is checked before it is fetched. */
	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	static final int MAX_REDIRECTS = 5;

	/** The largest feed read; a longer body is refused rather than held in memory. */
	static final int MAX_FEED_BYTES = 10 * 1024 * 1024;

	private final OutboundAddresses addresses;

	FeedPoller(Channels channels, JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactionManager,
			@Value("${steerdesk.media.feed-polling:true}") boolean enabled,
			@Value("${steerdesk.fetch.allowed-hosts:}") List<String> allowedHosts) {
		this.addresses = new OutboundAddresses(allowedHosts);
		this.channels = channels;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.enabled = enabled;
	}

	/** Polls every channel with a feed; runs hourly by default ({@code steerdesk.media.feed-interval}). */
	@Scheduled(fixedDelayString = "${steerdesk.media.feed-interval:PT1H}", initialDelayString = "${steerdesk.media.feed-initial-delay:PT2M}")
	@SchedulerLock(name = "media-feed-poll", lockAtMostFor = "PT50M")
	public void pollAll() {
		if (!enabled) {
			return;
		}
		for (Channel channel : channels.withFeeds()) {
			poll(channel);
		}
	}

	/** Polls one channel's feed now; never throws for a feed's failure. */
	public Outcome poll(Channel channel) {
		if (channel.feedUrl() == null) {
			return new Outcome(false, false, 0, "no feed");
		}
		try {
			Channels.FeedValidators validators = channels.feedValidators(channel.id());
			URI target = URI.create(channel.feedUrl());
			HttpResponse<InputStream> response = null;
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				addresses.check(target);
				HttpRequest.Builder request = HttpRequest.newBuilder(target)
					.timeout(Duration.ofSeconds(30))
					.header("User-Agent", "Steerdesk feed reader")
					.GET();
				if (validators.etag() != null) {
					request.header("If-None-Match", validators.etag());
				}
				if (validators.lastModified() != null) {
					request.header("If-Modified-Since", validators.lastModified());
				}
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
				int status = response.statusCode();
				if (status < 300 || status >= 400 || status == 304) {
					break;
				}
				response.body().close();
				String location = response.headers().firstValue("Location").orElseThrow(() -> new IOException("redirect without Location"));
				target = target.resolve(location);
				if (hop == MAX_REDIRECTS) {
					throw new IOException("too many redirects");
				}
			}
			if (response.statusCode() == 304) {
				response.body().close();
				channels.feedPolled(channel.id(), validators.etag(), validators.lastModified());
				return new Outcome(true, true, 0, null);
			}
			byte[] body;
			try (InputStream in = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("HTTP " + response.statusCode());
				}
				body = in.readNBytes(MAX_FEED_BYTES + 1);
			}
			if (body.length > MAX_FEED_BYTES) {
				throw new IOException("the feed is larger than " + MAX_FEED_BYTES / (1024 * 1024) + " MB");
			}
			SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
			Integer created = transactions.execute(tx -> store(channel, feed));
			channels.feedPolled(channel.id(), response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
			return new Outcome(true, false, created == null ? 0 : created, null);
		}
		catch (OutboundAddresses.Refused e) {
			String error = "Refused: " + e.getMessage();
			log.warn("Feed of channel {} refused: {}", channel.code(), e.getMessage());
			channels.feedFailed(channel.id(), error);
			return new Outcome(false, false, 0, error);
		}
		catch (IOException | FeedException | RuntimeException e) {
			String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			log.warn("Feed of channel {} failed: {}", channel.code(), error);
			channels.feedFailed(channel.id(), error);
			return new Outcome(false, false, 0, error);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Outcome(false, false, 0, "interrupted");
		}
	}

	private int store(Channel channel, SyndFeed feed) {
		int created = 0;
		for (SyndEntry entry : feed.getEntries()) {
			String link = MediaUrls.normalise(entry.getLink());
			String entryId = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link;
			if (link == null || entryId == null) {
				continue;
			}
			boolean known = jdbc.sql("SELECT COUNT(*) FROM media_items WHERE (channel_id = ? AND feed_entry_id = ?) OR url = ?")
				.params(channel.id(), entryId, link)
				.query(Long.class)
				.single() > 0;
			if (known) {
				continue;
			}
			String title = VietnameseText.nfc(entry.getTitle());
			if (title == null) {
				title = link;
			}
			if (title.length() > 1000) {
				title = title.substring(0, 1000);
			}
			Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
			OffsetDateTime at = date == null ? OffsetDateTime.now(ZoneOffset.UTC) : date.toInstant().atOffset(ZoneOffset.UTC);
			jdbc.sql("""
					INSERT INTO media_items (url, title, title_key, kind, published_at, published_on, channel_id, unit_id, feed_entry_id)
					VALUES (?, ?, ?, 'NEWS', ?, ?, ?, ?, ?)""")
				.params(link, title, VietnameseText.searchKey(title), at, MediaText.localDay(at), channel.id(), channel.unitId(),
						entryId.length() > 2048 ? entryId.substring(0, 2048) : entryId)
				.update();
			created++;
		}
		if (created > 0) {
			audit.record("feed", AuditAction.IMPORT, "media-feed", channel.code(), null, Map.of("created", created));
		}
		return created;
	}
}

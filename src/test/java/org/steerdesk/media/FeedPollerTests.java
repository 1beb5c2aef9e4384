package org.steerdesk.media;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds served by a local HTTP server: new entries become items, deduplicated by entry URI then
 * link; conditional GET; a failing feed is noted on its channel and does not stop the others.
 */
@SteerdeskTest
class FeedPollerTests {

	@Autowired
	World world;

	@Autowired
	FeedPoller poller;

	@Autowired
	Channels channels;

	@Autowired
	Items items;

	HttpServer server;

	AtomicInteger notModified = new AtomicInteger();

	volatile String rss;

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/rss", exchange -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				notModified.incrementAndGet();
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			byte[] body = rss.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("ETag", "\"v1\"");
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/rss");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/broken", exchange -> {
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	static String rss(String prefix, String... guids) {
		StringBuilder items = new StringBuilder();
		for (String guid : guids) {
			items.append("""
					<item><title>Tin %2$s</title><link>https://%1$s.vn/%2$s?utm_source=rss</link><guid>%1$s-%2$s</guid>
					<pubDate>Mon, 06 Mar 2023 02:00:00 GMT</pubDate></item>""".formatted(prefix, guid));
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin</title><link>https://x.vn</link>"
				+ "<description>d</description>" + items + "</channel></rss>";
	}

	@Test
	void newEntriesBecomeItemsOnceAndUnchangedFeedsAreNotFetchedAgain() {
		World.Tree t = world.tree();
		String p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,unit_code,feed_url\n%s-RSS,Báo,NEWSPAPER,%s,%s/rss\n%s-BAD,Hỏng,PORTAL,%s,%s/broken\n"
			.formatted(t.prefix(), t.d1().code(), base(), t.prefix(), t.d1().code(), base()));
		rss = rss(p, "1", "2");
		Channel channel = channels.byCode(t.prefix() + "-RSS").orElseThrow();
		FeedPoller.Outcome first = poller.poll(channel);
		assertThat(first.created()).isEqualTo(2);
		Item item = items.byUrl("https://%s.vn/1".formatted(p)).orElseThrow();
		assertThat(item.title()).isEqualTo("Tin 1");
		assertThat(item.unitId()).isEqualTo(t.d1().id());
		assertThat(item.publishedOn()).hasToString("2023-03-06");

		FeedPoller.Outcome second = poller.poll(channels.byCode(t.prefix() + "-RSS").orElseThrow());
		assertThat(second.notModified()).isTrue();
		assertThat(notModified.get()).isEqualTo(1);
	}

	@Test
	void entriesAreDeduplicatedByUriThenLink() {
		World.Tree t = world.tree();
		String p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,unit_code,feed_url\n%s-RSS,Báo,NEWSPAPER,%s,%s/rss\n"
			.formatted(t.prefix(), t.d1().code(), base()));
		world.importCsv("media-items", "url,title,kind,published_at,channel_code,unit_code\nhttps://%s.vn/3,Đã có,ARTICLE,2023-03-01,%s-RSS,%s\n"
			.formatted(p, t.prefix(), t.d1().code()));
		rss = rss(p, "3", "4");
		assertThat(poller.poll(channels.byCode(t.prefix() + "-RSS").orElseThrow()).created()).as("3 exists by link").isEqualTo(1);
		assertThat(items.byUrl("https://%s.vn/3".formatted(p)).orElseThrow().title()).isEqualTo("Đã có");
	}

	@Test
	void aFailingFeedIsNotedOnItsChannelAndTheOthersGoOn() {
		World.Tree t = world.tree();
		String p = t.prefix().toLowerCase();
		world.importCsv("media-channels", "code,name,type,unit_code,feed_url\n%1$s-BAD,Hỏng,PORTAL,%2$s,%3$s/broken\n%1$s-OK,Báo,NEWSPAPER,%2$s,%3$s/rss\n"
			.formatted(t.prefix(), t.d1().code(), base()));
		rss = rss(p, "5");
		poller.pollAll();
		assertThat(channels.byCode(t.prefix() + "-BAD").orElseThrow().feedError()).contains("HTTP 500");
		assertThat(channels.byCode(t.prefix() + "-OK").orElseThrow().feedError()).isNull();
		assertThat(items.byUrl("https://%s.vn/5".formatted(p))).isPresent();
	}

	@Test
	void internalAddressesAreNeverFetchedNorRedirectedTo() {
		World.Tree t = world.tree();
		int port = server.getAddress().getPort();
		String[] refused = { "http://localhost:" + port + "/rss", "http://[::1]:" + port + "/rss",
				"http://169.254.169.254/latest/meta-data/", "http://10.20.30.40/feed", "http://192.168.1.1/feed",
				"http://100.64.0.1/feed", "http://0.0.0.0:" + port + "/rss", base() + "/moved" };
		StringBuilder csv = new StringBuilder("code,name,type,unit_code,feed_url\n");
		for (int i = 0; i < refused.length; i++) {
			csv.append("%s-S%d,Nội bộ,PORTAL,%s,%s\n".formatted(t.prefix(), i, t.d1().code(), refused[i]));
		}
		world.importCsv("media-channels", csv.toString());
		rss = rss(t.prefix().toLowerCase(), "9");
		for (int i = 0; i < refused.length; i++) {
			FeedPoller.Outcome outcome = poller.poll(channels.byCode(t.prefix() + "-S" + i).orElseThrow());
			assertThat(outcome.ok()).as(refused[i]).isFalse();
			assertThat(outcome.error()).as(refused[i]).startsWith("Refused: ").contains("internal address");
		}
		assertThat(items.byUrl("https://%s.vn/9".formatted(t.prefix().toLowerCase()))).isEmpty();
	}

	@Test
	void onlyPublicAddressesArePublic() throws Exception {
		for (String internal : new String[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "100.100.1.1",
				"0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1" }) {
			assertThat(org.steerdesk.shared.OutboundAddresses.isPublic(java.net.InetAddress.getByName(internal))).as(internal).isFalse();
		}
		for (String external : new String[] { "8.8.8.8", "203.162.4.191", "2001:4860:4860::8888" }) {
			assertThat(org.steerdesk.shared.OutboundAddresses.isPublic(java.net.InetAddress.getByName(external))).as(external).isTrue();
		}
	}
}

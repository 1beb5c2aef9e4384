package org.steerdesk.media.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.media.ChannelDraft;
import org.steerdesk.media.ChannelType;
import org.steerdesk.media.Channels;
import org.steerdesk.media.Platform;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.UnitKind;
import org.steerdesk.org.Units;
import org.steerdesk.shared.DemoMode;
import org.steerdesk.shared.VietnameseText;

/**
 * The demo province's published output for its 2022 reporting window (15 Dec 2021 – 14 Dec 2022),
 * generated deterministically so that it reads like the source: nearly 30,000 items, over 79,500
 * shares and about 42 million views, over the province's outlets and districts, kinds and months.
 * Addresses use the {@code .demo} top-level domain, so they can never be taken for real ones.
 */
@Component
@Order(25)
class DemoMedia implements ApplicationRunner {

	static final int ITEMS = 29_812;

	static final int SHARES = 79_563;

	static final long VIEWS = 42_060_000L;

	static final LocalDate FROM = LocalDate.of(2021, 12, 15);

	static final int DAYS = 365;

	private static final Logger log = LoggerFactory.getLogger(DemoMedia.class);

	private final DemoMode demo;

	private final Units units;

	private final Channels channels;

	private static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final org.steerdesk.org.UnitTree unitTree;

	DemoMedia(DemoMode demo, Units units, Channels channels, JdbcTemplate jdbc, PlatformTransactionManager transactions, org.steerdesk.org.UnitTree unitTree) {
		this.unitTree = unitTree;
		this.demo = demo;
		this.units = units;
		this.channels = channels;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** A channel and how much of the output it carries. */
	private record Outlet(String code, String name, ChannelType type, Platform platform, String unit, int weight) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || channels.byCode("LS-BAO-WEB").isPresent()) {
			return;
		}
		long started = System.nanoTime();
		List<Outlet> publishers = new ArrayList<>(List.of(
				new Outlet("LS-BAO-WEB", "Báo Lạng Sơn điện tử", ChannelType.NEWSPAPER, null, "LS-BAO", 34),
				new Outlet("LS-PTTH-WEB", "Đài PT-TH Lạng Sơn", ChannelType.RADIO_TV, null, "LS-PTTH", 30),
				new Outlet("LS-CONG", "Cổng Thông tin điện tử tỉnh", ChannelType.PORTAL, null, "LS-STTTT", 10),
				new Outlet("LS-TC-VH", "Tạp chí Văn nghệ xứ Lạng", ChannelType.MAGAZINE, null, "LS-SVHTTDL", 2)));
		List<Outlet> accounts = new ArrayList<>(List.of(
				new Outlet("LS-BAO-FB", "Fanpage Báo Lạng Sơn", ChannelType.SOCIAL_ACCOUNT, Platform.FACEBOOK, "LS-BAO", 20),
				new Outlet("LS-PTTH-FB", "Fanpage Đài PT-TH Lạng Sơn", ChannelType.SOCIAL_ACCOUNT, Platform.FACEBOOK, "LS-PTTH", 16),
				new Outlet("LS-PTTH-YT", "Kênh YouTube Đài PT-TH", ChannelType.SOCIAL_ACCOUNT, Platform.YOUTUBE, "LS-PTTH", 8),
				new Outlet("LS-PTTH-TT", "TikTok Đài PT-TH", ChannelType.SOCIAL_ACCOUNT, Platform.TIKTOK, "LS-PTTH", 6),
				new Outlet("LS-ZALO", "Zalo OA Lạng Sơn", ChannelType.SOCIAL_ACCOUNT, Platform.ZALO, "LS-STTTT", 10),
				new Outlet("LS-BTG-FB", "Fanpage Tuyên giáo Lạng Sơn", ChannelType.SOCIAL_ACCOUNT, Platform.FACEBOOK, "LS-BTG", 6)));
		OrgUnit province = units.require("LS");
		for (OrgUnit district : unitTree.children(province.id())) {
			if (district.kind() == UnitKind.DISTRICT) {
				publishers.add(new Outlet(district.code() + "-WEB", "Trang TTĐT " + district.nameVi(), ChannelType.PORTAL, null,
						district.code(), 2));
				accounts.add(new Outlet(district.code() + "-FB", "Fanpage " + district.nameVi(), ChannelType.SOCIAL_ACCOUNT,
						Platform.FACEBOOK, district.code(), 3));
			}
		}
		Map<String, Long> channelIds = new HashMap<>();
		Map<String, Long> unitIds = new HashMap<>();
		for (Outlet o : concat(publishers, accounts)) {
			channels.save(new ChannelDraft(o.code(), o.name(), o.type(), o.platform(),
					"https://" + o.code().toLowerCase() + ".demo/", o.unit(), null), DemoMode.actor(), null);
			channelIds.put(o.code(), channels.byCode(o.code()).orElseThrow().id());
			unitIds.put(o.code(), units.require(o.unit()).id());
		}
		Random random = new Random(2022);
		String[] kinds = { "NEWS", "ARTICLE", "REPORTAGE", "PHOTO", "VIDEO", "INFOGRAPHIC", "PODCAST", "OTHER" };
		int[] kindWeights = { 58, 15, 5, 9, 9, 2, 1, 1 };
		String[] themes = { "Biên giới", "Kinh tế cửa khẩu", "Du lịch", "Văn hóa dân tộc", "Xây dựng Đảng", "Nông thôn mới",
				"Đối ngoại", "Chuyển đổi số", "Phòng, chống dịch" };
		String[] subjects = { "Hội nghị", "Tuyên truyền", "Phát triển", "Hợp tác", "Lễ hội", "Đoàn công tác", "Kỷ niệm", "Đẩy mạnh",
				"Tăng cường", "Giao lưu" };
		List<Object[]> items = new ArrayList<>(ITEMS);
		List<String> itemUrls = new ArrayList<>(ITEMS);
		for (int n = 0; n < ITEMS; n++) {
			Outlet o = pick(publishers, random);
			OffsetDateTime at = moment(random);
			String kind = kinds[weighted(kindWeights, random)];
			String title = subjects[random.nextInt(subjects.length)] + " " + themes[random.nextInt(themes.length)].toLowerCase()
					+ " — bài số " + (n + 1);
			String url = "https://" + o.code().toLowerCase() + ".demo/2022/" + (n + 1) + ".html";
			itemUrls.add(url);
			items.add(new Object[] { url, title, VietnameseText.searchKey(title), kind, at, day(at), channelIds.get(o.code()),
					unitIds.get(o.code()), ";" + themes[random.nextInt(themes.length)] + ";" });
		}
		// in the order of time, as a year's records arrive: each index grows at its end
		items.sort(Comparator.comparing(row -> (OffsetDateTime) row[4]));
		insert("""
				INSERT INTO media_items (url, title, title_key, kind, published_at, published_on, channel_id, unit_id, themes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
		Map<String, Long> itemIds = new HashMap<>();
		jdbc.query("SELECT url, id FROM media_items", rs -> {
			itemIds.put(rs.getString(1), rs.getLong(2));
		});
		List<Object[]> shares = new ArrayList<>(SHARES);
		for (int n = 0; n < SHARES; n++) {
			Outlet o = pick(accounts, random);
			OffsetDateTime at = moment(random);
			Long itemId = random.nextInt(100) < 70 ? itemIds.get(itemUrls.get(random.nextInt(ITEMS))) : null;
			shares.add(new Object[] { "https://" + o.code().toLowerCase() + ".demo/posts/" + (n + 1), channelIds.get(o.code()), at,
					day(at), unitIds.get(o.code()), itemId });
		}
		shares.sort(Comparator.comparing(row -> (OffsetDateTime) row[2]));
		insert("INSERT INTO media_shares (url, channel_id, shared_at, shared_on, unit_id, item_id) VALUES (?, ?, ?, ?, ?, ?)", shares);
		List<long[]> targets = new ArrayList<>(ITEMS + SHARES);
		jdbc.query("SELECT id, unit_id, published_on FROM media_items ORDER BY id", rs -> {
			targets.add(new long[] { 'I', rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class).toEpochDay() });
		});
		// units report the views of their own items and of every fourth share
		jdbc.query("SELECT id, unit_id, shared_on FROM media_shares WHERE MOD(id, 4) = 0 ORDER BY id", rs -> {
			targets.add(new long[] { 'S', rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class).toEpochDay() });
		});
		observe(targets, random);
		log.info("Loaded the demo province's media: {} items, {} shares, ~{} views ({} ms)", ITEMS, SHARES, VIEWS,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * One VIEWS observation per observed target (every item, a quarter of the shares) on 10 Dec 2022, scaled so that they sum to {@link #VIEWS};
	 * every 50th target also has earlier (smaller) counts, and every 40th a later one after the
	 * window, which the 2022 figure must not count.
	 */
	private void observe(List<long[]> targets, Random random) {
		double[] raw = new double[targets.size()];
		double sum = 0;
		for (int i = 0; i < raw.length; i++) {
			raw[i] = Math.exp(random.nextGaussian() * 1.1);
			sum += raw[i];
		}
		long[] values = new long[raw.length];
		long total = 0;
		for (int i = 0; i < raw.length; i++) {
			values[i] = Math.round(raw[i] / sum * VIEWS);
			total += values[i];
		}
		values[0] += VIEWS - total;
		OffsetDateTime last = at(LocalDate.of(2022, 12, 10), 9);
		OffsetDateTime after = at(LocalDate.of(2022, 12, 20), 9);
		List<Object[]> rows = new ArrayList<>(raw.length + raw.length / 20);
		for (int i = 0; i < targets.size(); i++) {
			long[] target = targets.get(i);
			String type = String.valueOf((char) target[0]);
			Object[] where = { target[2], LocalDate.ofEpochDay(target[3]) };
			if (i % 50 == 0) {
				for (int k = 1; k <= 3; k++) {
					OffsetDateTime earlier = at(LocalDate.of(2022, 3 * k, 1), 9);
					LocalDate next = k < 3 ? LocalDate.of(2022, 3 * k + 3, 1) : day(last);
					rows.add(observation(type, target[1], values[i] * k / 4, earlier, next, where));
				}
			}
			rows.add(observation(type, target[1], values[i], last, i % 40 == 0 ? day(after) : null, where));
			if (i % 40 == 0) {
				rows.add(observation(type, target[1], values[i] + 100, after, null, where));
			}
		}
		insert("""
				INSERT INTO media_metrics (target_type, target_id, metric, metric_value, observed_at, observed_on, next_observed_on,
				target_unit_id, target_on) VALUES (?, ?, 'VIEWS', ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * Inserts the rows a few thousand per transaction: the embedded database commits a transaction
	 * row by row from its undo log, which for one transaction of 200,000 rows outgrows its cache.
	 */
	private void insert(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			transactions.executeWithoutResult(tx -> jdbc.batchUpdate(sql, chunk));
		}
	}

	private static Object[] observation(String type, long id, long value, OffsetDateTime at, LocalDate next, Object[] target) {
		return new Object[] { type, id, value, at, day(at), next, target[0], target[1] };
	}

	private static List<Outlet> concat(List<Outlet> a, List<Outlet> b) {
		List<Outlet> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static Outlet pick(List<Outlet> outlets, Random random) {
		int total = outlets.stream().mapToInt(Outlet::weight).sum();
		int r = random.nextInt(total);
		for (Outlet o : outlets) {
			r -= o.weight();
			if (r < 0) {
				return o;
			}
		}
		return outlets.get(outlets.size() - 1);
	}

	private static int weighted(int[] weights, Random random) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A moment in the window, busier before Tết and in the autumn, during office hours. */
	private static OffsetDateTime moment(Random random) {
		int day;
		do {
			day = random.nextInt(DAYS);
		}
		while (random.nextInt(100) > 70 + 25 * Math.sin(day / 58.0));
		return at(FROM.plusDays(day), 6 + random.nextInt(15)).plusMinutes(random.nextInt(60));
	}

	private static OffsetDateTime at(LocalDate day, int hour) {
		return ProvinceTime.at(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)));
	}

	private static LocalDate day(OffsetDateTime at) {
		return ProvinceTime.day(at);
	}
}

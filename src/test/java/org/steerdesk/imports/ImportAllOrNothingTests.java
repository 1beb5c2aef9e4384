package org.steerdesk.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every register's import, fed files of valid rows with random damage (a bad value, a huge number,
 * a control character, an unknown unit or column, a duplicate key, a stray quote, a cell past the
 * header): the answer is 200 or 422, never 500, and a refused file writes nothing at all.
 */
@SteerdeskTest
class ImportAllOrNothingTests {

	static final List<String> TABLES = List.of("org_units", "people", "committees", "committee_members", "media_channels", "media_items",
			"media_shares", "media_metrics", "ext_delegations", "ext_delegation_members", "ext_meetings", "audit_log");

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	JdbcClient jdbc;

	Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single()));
		return counts;
	}

	/** Valid files of every register, over a fresh tree; the header first. */
	static Map<String, List<String>> files(World.Tree t, int n) {
		String p = t.prefix();
		String l = p.toLowerCase(Locale.ROOT);
		String d1 = t.d1().code();
		Map<String, List<String>> files = new LinkedHashMap<>();
		List<String> units = new ArrayList<>(List.of("code,name_vi,kind,parent_code"));
		List<String> people = new ArrayList<>(List.of("code,full_name,position,unit_code"));
		List<String> items = new ArrayList<>(List.of("url,title,kind,published_at,channel_code,unit_code,themes"));
		List<String> shares = new ArrayList<>(List.of("url,channel_code,shared_at,unit_code,item_url"));
		List<String> metrics = new ArrayList<>(List.of("target_url,metric,value,observed_at"));
		List<String> delegations = new ArrayList<>(List.of("code,direction,name,purpose,start_date,end_date,host_unit_code,members"));
		List<String> meetings = new ArrayList<>(List.of("code,date,mode,partner,country,topic,unit_code"));
		for (int i = 0; i < n; i++) {
			units.add("%s-X%d,Xã %d,COMMUNE,%s".formatted(p, i, i, d1));
			people.add("%s-PP%d,Người %d,Cán bộ,%s".formatted(p, i, i, d1));
			items.add("https://%s.vn/r%d,Tin %d,NEWS,2023-02-%02d,%s-WEB,%s,Du lịch".formatted(l, i, i, 1 + i % 28, p, d1));
			shares.add("https://fb.com/%s/r%d,%s-FB,2023-02-%02dT10:00,%s,".formatted(l, i, p, 1 + i % 28, d1));
			metrics.add("https://%s.vn/base,VIEWS,%d,2023-03-%02d".formatted(l, i * 10, 1 + i % 28));
			delegations.add("%s-DG%d,IN,Đoàn %d,STUDY,2023-03-01,2023-03-02,%s,CN:%d;VN:1".formatted(p, i, i, d1, 1 + i));
			meetings.add("%s-MG%d,2023-04-01,ONLINE,Đối tác,CN,Chủ đề %d,%s".formatted(p, i, i, d1));
		}
		files.put("org-units", units);
		files.put("people", people);
		files.put("media-items", items);
		files.put("media-shares", shares);
		files.put("media-metrics", metrics);
		files.put("delegations", delegations);
		files.put("meetings", meetings);
		return files;
	}

	static final String[] DAMAGE = { "9223372036854775808", "-1", "2023-02-30", "NOPE", "Tê\u0000n", "\"unclosed", "ZZ-NOT-A-UNIT", "",
			"x".repeat(40_000), "CN:0", "2147483647" };

	@Test
	void randomDamageNeverAnswers500AndARefusedFileWritesNothing() throws Exception {
		World.Tree t = world.tree();
		world.importCsv("media-channels", "code,name,type,platform,unit_code\n%1$s-WEB,Trang,PORTAL,,%2$s\n%1$s-FB,FB,SOCIAL_ACCOUNT,FACEBOOK,%2$s\n"
			.formatted(t.prefix(), t.d1().code()));
		world.importCsv("media-items", "url,title,kind,published_at,channel_code,unit_code\nhttps://%s.vn/base,Gốc,NEWS,2023-01-05,%s-WEB,%s\n"
			.formatted(t.prefix().toLowerCase(Locale.ROOT), t.prefix(), t.d1().code()));
		Random random = new Random(20261127);
		int refusedFiles = 0;
		for (int round = 0; round < 20; round++) {
			for (Map.Entry<String, List<String>> file : files(t, 8).entrySet()) {
				List<String> lines = new ArrayList<>(file.getValue());
				int damage = random.nextInt(4);
				for (int d = 0; d < damage; d++) {
					int row = 1 + random.nextInt(lines.size() - 1);
					String[] cells = lines.get(row).split(",", -1);
					switch (random.nextInt(4)) {
						case 0 -> cells[random.nextInt(cells.length)] = DAMAGE[random.nextInt(DAMAGE.length)];
						case 1 -> lines.add(lines.get(row)); // a duplicate key
						case 2 -> lines.set(row, lines.get(row) + ",stray");
						default -> lines.set(0, lines.get(0).replaceFirst("[a-z_]+$", "typo_column"));
					}
					if (cells.length > 0 && random.nextBoolean()) {
						lines.set(row, String.join(",", cells));
					}
				}
				Map<String, Long> before = counts();
				var response = mvc.perform(post("/api/v1/imports/" + file.getKey()).with(httpBasic("admin", World.ADMIN_PASSWORD))
					.contentType("text/csv").content(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
					.andReturn().getResponse();
				assertThat(response.getStatus()).as(file.getKey() + " round " + round + ": " + response.getContentAsString())
					.isIn(200, 422);
				if (response.getStatus() == 422) {
					refusedFiles++;
					assertThat(counts()).as(file.getKey() + " round " + round + " refused, yet wrote").isEqualTo(before);
				}
			}
		}
		assertThat(refusedFiles).as("the damage refused some files").isGreaterThan(10);
	}
}

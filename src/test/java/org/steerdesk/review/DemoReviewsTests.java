package org.steerdesk.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steerdesk.shared.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The demo province's 2022 reviews read like the source's report, in Vietnamese and in English. */
@SpringBootTest(properties = { "steerdesk.demo=true", "steerdesk.admin-password=grey-lantern-orbit-41" })
class DemoReviewsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Reviews reviews;

	@Test
	void bothCommitteesIn2022ReadLikeTheSource() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "the demo is loaded on H2 only");
		}
		List<Review> all = reviews.list(DemoMode.actor()).stream()
			.filter(r -> List.of("BCD35", "BCDTTDN").contains(reviews.committeeOf(r).code()))
			.toList();
		assertThat(all).hasSize(4).allMatch(r -> r.year() == 2022);
		assertThat(all).filteredOn(Review::issued).singleElement().satisfies(r -> {
			assertThat(r.issue().number()).isEqualTo("Số: 01/BC-BCĐTTĐN");
			assertThat(r.issue().place()).isEqualTo("Lạng Sơn");
			assertThat(r.issue().signerName()).isEqualTo("Hoàng Văn Nghiêm");
		});
		for (Review review : all) {
			String text = reviews.view(review.id(), DemoMode.actor(), Locale.ENGLISH).html().replaceAll("<[^>]+>", "");
			if (reviews.committeeOf(review).code().equals("BCD35") && !review.issued()) {
				// the Party committee's review says the essay contest's entries from its register
				assertThat(text).containsAnyOf("thu hút 12 bài dự thi", "drew 12 entries");
			}
			if (review.language().equals("vi")) {
				assertThat(text).contains("đăng tải gần 30.000 tin, bài", "chia sẻ hơn 79.500 tin, bài", "thu hút 42 triệu lượt xem",
						"39 đoàn, 138 lượt người nước ngoài đến từ 15 quốc gia và vùng lãnh thổ", "41 cuộc gặp gỡ trực tuyến và trực tiếp");
				// events and training read from their registers: 10 events (6 promoting the image), 8 courses, 530 participants
				assertThat(text).contains("10 sự kiện, hội nghị, hội thảo", "6 sự kiện", "8 lớp tập huấn", "530 lượt");
				// commendations by authority, from the register (the revoked one not counted)
				assertThat(text).contains("Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 11 cá nhân",
						"tặng Bằng khen cho 8 tập thể, 10 cá nhân", "Ban Chỉ đạo 35 tỉnh tặng Bằng khen cho 7 tập thể, 7 cá nhân");
			}
			else {
				assertThat(text).contains("published nearly 30,000 news items and articles", "over 79,500 news items", "42 million views",
						"39 delegations", "138 foreign visitors from 15 countries and territories", "41 meetings online and in person",
						"10 events, conferences and seminars", "8 training courses", "530 participants");
			}
		}
	}
}

package org.steerdesk.review;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A template's narrative embeds figures by key, exact, rounded or compared with the previous year. */
class FigureTextTests {

	static final Map<String, Long> Y2022 = Map.of("media.items", 29_812L, "media.shares", 79_563L, "media.views", 42_060_000L,
			"external.delegations.in", 39L);

	static final Map<String, Long> Y2021 = Map.of("media.items", 26_600L, "external.delegations.in", 39L);

	@Test
	void fillsTheSourcesSentenceInVietnamese() {
		FigureText.Result result = FigureText.fill(
				"Đăng tải {media.items~} tin, bài ({media.items:change}); chia sẻ {media.shares~} tin, bài, thu hút {media.views~} lượt xem; đón tiếp {external.delegations.in} đoàn.",
				Y2022, Y2021, "2021", Locale.forLanguageTag("vi"));
		assertThat(result.text()).isEqualTo(
				"Đăng tải gần 30.000 tin, bài (tăng 12% so với năm 2021); chia sẻ hơn 79.500 tin, bài, thu hút 42 triệu lượt xem; đón tiếp 39 đoàn.");
		assertThat(result.ok()).isTrue();
		assertThat(result.figures()).extracting(FigureText.Filled::key)
			.containsExactly("media.items", "media.items", "media.shares", "media.views", "external.delegations.in");
		FigureText.Filled first = result.figures().get(0);
		assertThat(result.text().substring(first.start(), first.end())).isEqualTo("gần 30.000");
	}

	@Test
	void fillsItInEnglish() {
		assertThat(FigureText.fill("Published {media.items~} items, {media.items:change}; {external.delegations.in:change}.", Y2022, Y2021,
				"2021", Locale.ENGLISH).text()).isEqualTo("Published nearly 30,000 items, up 12% on 2021; the same as in 2021.");
	}

	@Test
	void unknownKeysAreReportedNotDropped() {
		FigureText.Result result = FigureText.fill("Có {media.itemz} tin.", Y2022, Y2021, "2021", Locale.ENGLISH);
		assertThat(result.ok()).isFalse();
		assertThat(result.unknownKeys()).containsExactly("media.itemz");
		assertThat(result.text()).contains("{media.itemz}");
		assertThat(FigureText.unknownKeys("{media.items} {gatherings.events~} {x.y:change}", Set.of("media.items")))
			.containsExactly("gatherings.events", "x.y");
	}
}

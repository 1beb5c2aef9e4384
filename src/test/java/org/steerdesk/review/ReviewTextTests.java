package org.steerdesk.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steerdesk.documents.OfficialDocument.Block;
import org.steerdesk.documents.OfficialDocument.Kind;
import org.steerdesk.documents.OfficialDocument.Run;

import static org.assertj.core.api.Assertions.assertThat;

/** The narrative's Markdown becomes the document's blocks; figures become linked runs; context words are not unknown keys. */
class ReviewTextTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final Map<String, Long> NOW = Map.of("media.items", 29_812L, "external.delegations.in", 39L);

	static final Map<String, Long> BEFORE = Map.of("media.items", 26_600L, "external.delegations.in", 39L);

	static final Map<String, String> LINKS = Map.of("media.items", "/media/items?unit=LS", "external.delegations.in", "/external/delegations");

	ReviewText.Filled fill(String text) {
		return ReviewText.fill(text, 2022, NOW, BEFORE, LINKS, VI);
	}

	@Test
	void headingsParagraphsListsAndEmphasis() {
		List<Block> blocks = fill("""
				# I. KẾT QUẢ NĂM {year}

				## 1. Truyền thông

				Đăng tải **{media.items~} tin, bài** (*{media.items:change}*).

				- Đón {external.delegations.in} đoàn;
				- phương hướng năm {next_year}.

				3. Mục đánh số
				""").blocks();
		assertThat(blocks).extracting(Block::kind)
			.containsExactly(Kind.HEADING, Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM);
		assertThat(blocks.get(0).text()).isEqualTo("I. KẾT QUẢ NĂM 2022");
		assertThat(blocks.get(1).level()).isEqualTo(2);
		assertThat(blocks.get(2).runs()).containsExactly(Run.plain("Đăng tải "), new Run("gần 30.000", true, false, "/media/items?unit=LS"),
				new Run(" tin, bài", true, false, null), Run.plain(" ("), new Run("tăng 12% so với năm 2021", false, true, "/media/items?unit=LS"),
				Run.plain(")."));
		assertThat(blocks.get(3).marker()).isEqualTo("-");
		assertThat(blocks.get(4).text()).isEqualTo("phương hướng năm 2023.");
		assertThat(blocks.get(5).marker()).isEqualTo("3.");
	}

	@Test
	void contextWordsAreKnownAndTypedMarksAreDropped() {
		assertThat(ReviewText.unknownKeys("{year} {previous_year} {next_year} {media.items} {media.itemz}", Set.of("media.items")))
			.containsExactly("media.itemz");
		ReviewText.Filled filled = fill("Có \uE000 lạ \uE001 {media.items} tin.");
		assertThat(filled.blocks().get(0).text()).isEqualTo("Có  lạ  29.812 tin.");
		assertThat(ReviewText.html(filled.blocks())).contains("<a class=\"figure-link\" href=\"/media/items?unit=LS\">29.812</a>");
	}

	@Test
	void htmlIsEscaped() {
		String html = ReviewText.html(fill("Chữ <script>alert(1)</script> & \"trích dẫn\"").blocks());
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
	}
}

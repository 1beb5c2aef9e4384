package org.steerdesk.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as the source's report says them, in Vietnamese and English. */
class NumberPhrasingTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final Locale EN = Locale.ENGLISH;

	@Test
	void vietnameseUsesDotsForThousandsAndCommasForDecimals() {
		assertThat(NumberPhrasing.exact(29_812, VI)).isEqualTo("29.812");
		assertThat(NumberPhrasing.exact(29_812, EN)).isEqualTo("29,812");
		assertThat(NumberPhrasing.exact(138, VI)).isEqualTo("138");
		assertThat(NumberPhrasing.rounded(1_530_000, VI)).isEqualTo("hơn 1,5 triệu");
		assertThat(NumberPhrasing.rounded(1_530_000, EN)).isEqualTo("over 1.5 million");
	}

	@Test
	void roundedPhrasesReadLikeTheSource() {
		assertThat(NumberPhrasing.rounded(29_812, VI)).isEqualTo("gần 30.000");
		assertThat(NumberPhrasing.rounded(29_812, EN)).isEqualTo("nearly 30,000");
		assertThat(NumberPhrasing.rounded(79_563, VI)).isEqualTo("hơn 79.500");
		assertThat(NumberPhrasing.rounded(79_563, EN)).isEqualTo("over 79,500");
		assertThat(NumberPhrasing.rounded(42_060_000, VI)).isEqualTo("42 triệu");
		assertThat(NumberPhrasing.rounded(42_060_000, EN)).isEqualTo("42 million");
	}

	@Test
	void smallAndRoundNumbersStayExact() {
		assertThat(NumberPhrasing.rounded(39, VI)).isEqualTo("39");
		assertThat(NumberPhrasing.rounded(5_000, VI)).isEqualTo("5.000");
		assertThat(NumberPhrasing.rounded(0, EN)).isEqualTo("0");
	}

	@Test
	void changesAreComparedWithThePreviousYear() {
		assertThat(NumberPhrasing.change(112, 100, "2021", VI)).isEqualTo("tăng 12% so với năm 2021");
		assertThat(NumberPhrasing.change(112, 100, "2021", EN)).isEqualTo("up 12% on 2021");
		assertThat(NumberPhrasing.change(95, 100, "2021", VI)).isEqualTo("giảm 5% so với năm 2021");
		assertThat(NumberPhrasing.change(1_025, 1_000, "2021", VI)).isEqualTo("tăng 2,5% so với năm 2021");
		assertThat(NumberPhrasing.change(100, 100, "2021", EN)).isEqualTo("the same as in 2021");
		assertThat(NumberPhrasing.change(7, 0, "2021", EN)).isEqualTo("2021: none");
	}
}

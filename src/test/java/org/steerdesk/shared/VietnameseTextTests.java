package org.steerdesk.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void searchKeyIgnoresDiacriticsAndCase() {
		assertThat(VietnameseText.searchKey("Hà Nội")).isEqualTo("ha noi");
		assertThat(VietnameseText.searchKey("Nghiêm")).contains("nghiem");
		assertThat(VietnameseText.searchKey("Đình Lập")).isEqualTo("dinh lap");
		assertThat(VietnameseText.searchKey("đ")).isEqualTo("d");
	}

	@Test
	void nfcComposesDecomposedInput() {
		String decomposed = "Nghie\u0302m";
		assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Nghiêm").hasSize(6);
		assertThat(VietnameseText.nfc("   ")).isNull();
	}

	@Test
	void collationSortsInVietnameseOrder() {
		List<String> sorted = List.of("Đông", "Dương", "Ân", "An", "Bình").stream().sorted(VietnameseText.collation()).toList();
		assertThat(sorted).containsExactly("An", "Ân", "Bình", "Dương", "Đông");
	}

	@Test
	void decree09WindowRunsFrom15DecemberTo14December() {
		assertThat(ReportingWindow.DECREE_09.year(2022))
			.isEqualTo(new DateRange(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 12, 14)));
		assertThat(ReportingWindow.CALENDAR.year(2022))
			.isEqualTo(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
	}
}

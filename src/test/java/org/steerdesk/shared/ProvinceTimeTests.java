package org.steerdesk.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One time zone, one setting: days and wall-clock times are read on the province's clock. */
class ProvinceTimeTests {

	@AfterEach
	void restore() {
		new ProvinceTime("Asia/Ho_Chi_Minh");
	}

	@Test
	void anInstantIsReadOnTheProvincesClock() {
		OffsetDateTime lateEvening = OffsetDateTime.of(2022, 12, 14, 18, 30, 0, 0, ZoneOffset.UTC);
		assertThat(ProvinceTime.day(lateEvening)).isEqualTo(LocalDate.of(2022, 12, 15));
		assertThat(ProvinceTime.local(lateEvening).getOffset()).isEqualTo(ZoneOffset.ofHours(7));
		assertThat(ProvinceTime.at(LocalDateTime.of(2022, 12, 15, 1, 30)).toInstant()).isEqualTo(lateEvening.toInstant());
		assertThat(ProvinceTime.startOf(LocalDate.of(2023, 1, 1)).toString()).isEqualTo("2023-01-01T00:00+07:00");
	}

	@Test
	void theZoneIsOneSetting() {
		new ProvinceTime("Asia/Tokyo");
		OffsetDateTime at = OffsetDateTime.of(2022, 12, 14, 16, 0, 0, 0, ZoneOffset.UTC);
		assertThat(ProvinceTime.day(at)).isEqualTo(LocalDate.of(2022, 12, 15));
		assertThat(ProvinceTime.wallClock(at)).isEqualTo(LocalDateTime.of(2022, 12, 15, 1, 0));
		assertThatThrownBy(() -> new ProvinceTime("Mars/Olympus")).isInstanceOf(java.time.DateTimeException.class);
	}
}

package org.steerdesk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/**
 * Imports take what a clerk writes (issue 22): an allowed value exactly as the pages and the error
 * message name it, in either language, any case, with or without diacritics, as well as its code;
 * a day written {@code 15/03/2023} as well as {@code 2023-03-15}; a day that does not exist is still
 * refused.
 */
@SteerdeskTest
class ClerksValuesTests {

	@Autowired
	World world;

	@Autowired
	JdbcClient jdbc;

	@Test
	void labelsAndWrittenDaysAreTaken() {
		World.Tree t = world.tree();
		world.importCsv("trainings", """
				code,title,target_group,start_date,end_date,organiser_unit_code,participants
				%1$s-1,Lớp một,"Cán bộ, công chức",15/03/2023,16/3/2023,%2$s,10
				%1$s-2,Lớp hai,can bo cong chuc,2023-04-01,2023-04-02,%2$s,5
				%1$s-3,Lớp ba,Reporters and editors,01/05/2023,01/05/2023,%2$s,3
				%1$s-4,Lớp bốn,EXPERTS,02/05/2023,02/05/2023,%2$s,3
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(jdbc.sql("SELECT target_group FROM trainings WHERE code = ?").param(t.prefix() + "-1").query(String.class).single())
			.isEqualTo("STAFF");
		assertThat(jdbc.sql("SELECT start_date FROM trainings WHERE code = ?").param(t.prefix() + "-1").query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2023, 3, 15));
		assertThat(jdbc.sql("SELECT target_group FROM trainings WHERE code = ?").param(t.prefix() + "-2").query(String.class).single())
			.isEqualTo("STAFF");
		assertThat(jdbc.sql("SELECT target_group FROM trainings WHERE code = ?").param(t.prefix() + "-3").query(String.class).single())
			.isEqualTo("REPORTERS");
		assertThatThrownBy(() -> world.importCsv("trainings", """
				code,title,target_group,start_date,end_date,organiser_unit_code
				%1$s-9,Lớp chín,Cán bộ,31/02/2023,31/02/2023,%2$s
				""".formatted(t.prefix(), t.d1().code()))).isInstanceOf(AssertionError.class).hasMessageContaining("start_date")
			.hasMessageContaining("target_group");
	}

	@Test
	void theTemplatesGuideListsEachCodeWithItsLabel(@Autowired ImportTemplates templates, @Autowired java.util.List<ImportTarget> targets)
			throws Exception {
		ImportTarget trainings = targets.stream().filter(x -> x.register().equals("trainings")).findFirst().orElseThrow();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(templates.xlsx(trainings, java.util.Locale.forLanguageTag("vi"))))) {
			StringBuilder guide = new StringBuilder();
			book.getSheetAt(1).forEach(row -> row.forEach(cell -> guide.append(cell.getStringCellValue()).append('\n')));
			assertThat(guide.toString()).contains("STAFF — Cán bộ, công chức").contains("REPORTERS — Phóng viên, biên tập viên");
		}
	}
}

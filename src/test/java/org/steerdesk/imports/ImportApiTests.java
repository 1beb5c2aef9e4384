package org.steerdesk.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.org.Units;
import org.steerdesk.org.People;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/imports/{register}}: spec §1 and §4, all or nothing, idempotent. */
@SteerdeskTest
class ImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Units units;

	@Autowired
	People people;

	ResultActions importCsv(String register, String csv, boolean dryRun) throws Exception {
		return mvc.perform(post("/api/v1/imports/" + register + (dryRun ? "?dryRun=true" : ""))
			.with(httpBasic("admin", World.ADMIN_PASSWORD))
			.header("Accept-Language", "en")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void importsUnitsWithChildrenBeforeParentsAndCountsThem() throws Exception {
		String p = World.prefix();
		String csv = """
				code,name_vi,kind,parent_code
				%1$s-C,Xã Con,COMMUNE,%1$s-D
				%1$s-D,Huyện Cha,DISTRICT,%1$s-P
				%1$s-P,Tỉnh Gốc,PROVINCE,
				""".formatted(p);
		importCsv("org-units", csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.register").value("org-units"))
			.andExpect(jsonPath("$.dryRun").value(false))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(0));
		assertThat(units.require(p + "-C").path()).startsWith(units.require(p + "-D").path());
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws Exception {
		String p = World.prefix();
		String csv = "code,name_vi,kind,parent_code\n%1$s-P,Tỉnh,PROVINCE,\n%1$s-D,Huyện,DISTRICT,%1$s-P\n".formatted(p);
		importCsv("org-units", csv, false).andExpect(jsonPath("$.created").value(2));
		importCsv("org-units", csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		String changed = csv.replace(",Huyện,", ",Huyện Mới,");
		importCsv("org-units", changed, false).andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(1));
	}

	@Test
	void anInvalidRowRejectsTheWholeFileListingEveryErrorByRowAndColumn() throws Exception {
		World.Tree t = world.tree();
		String csv = """
				code,full_name,position,unit_code
				%1$s-A,Nguyễn Văn A,,%2$s
				%1$s-B,,,%2$s
				%1$s-C,Trần C,,NO-SUCH-UNIT
				%1$s-A,Lê A,,%2$s
				""".formatted(t.prefix(), t.d1().code());
		importCsv("people", csv, false).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("full_name"))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("unit_code"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("NO-SUCH-UNIT")))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("2")));
		assertThat(people.byCode(t.prefix() + "-A")).as("nothing written").isEmpty();
	}

	@Test
	void unknownAndMissingHeadersAreErrorsOnRowOne() throws Exception {
		importCsv("people", "code,full_name,positon\nX,Y,Z\n", false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("positon"))
			.andExpect(jsonPath("$.errors[1].column").value("unit_code"));
	}

	@Test
	void headersAreCaseInsensitiveInAnyOrderAndABomIsAccepted() throws Exception {
		World.Tree t = world.tree();
		String csv = "\uFEFFUNIT_CODE,Full_Name,CODE\n%s,\"Phạm, Thị D\",%s-D\n".formatted(t.d1().code(), t.prefix());
		importCsv("people", csv, false).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(people.byCode(t.prefix() + "-D").orElseThrow().fullName()).isEqualTo("Phạm, Thị D");
	}

	@Test
	void aDryRunAnswersAsTheImportWouldAndWritesNothing() throws Exception {
		World.Tree t = world.tree();
		String csv = "code,full_name,unit_code\n%s-E,Hoàng E,%s\n".formatted(t.prefix(), t.d1().code());
		importCsv("people", csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.created").value(1));
		assertThat(people.byCode(t.prefix() + "-E")).isEmpty();
	}

	@Test
	void textIsStoredNfc() throws Exception {
		World.Tree t = world.tree();
		String decomposed = "Nghie\u0302m";
		importCsv("people", "code,full_name,unit_code\n%s-N,%s,%s\n".formatted(t.prefix(), decomposed, t.d1().code()), false)
			.andExpect(status().isOk());
		assertThat(people.byCode(t.prefix() + "-N").orElseThrow().fullName()).isEqualTo("Nghiêm");
	}

	@Test
	void acceptsXlsxAsMultipartWithExcelDates() throws Exception {
		World.Tree t = world.tree();
		world.person(t.prefix() + "-H", "Hoàng Văn H", t.d1().code());
		String committee = t.prefix() + "-BCD";
		importCsv("committees", "code,name_vi,scope_unit_code,document_style,reporting_window\n%s,Ban Chỉ đạo,%s,STATE,CALENDAR\n"
			.formatted(committee, t.province().code()), false).andExpect(status().isOk());
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet();
			Row header = sheet.createRow(0);
			String[] cols = { "committee_code", "person_code", "role", "from" };
			for (int i = 0; i < cols.length; i++) {
				header.createCell(i).setCellValue(cols[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(committee);
			row.createCell(1).setCellValue(t.prefix() + "-H");
			row.createCell(2).setCellValue("HEAD");
			var dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			row.createCell(3).setCellValue(java.time.LocalDate.of(2023, 1, 5));
			row.getCell(3).setCellStyle(dateStyle);
			wb.write(out);
			xlsx = out.toByteArray();
		}
		mvc.perform(multipart("/api/v1/imports/committee-members").file(new MockMultipartFile("file", "m.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void anUnknownRegisterIsNotFound() throws Exception {
		importCsv("no-such-register", "a\n1\n", false).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aCycleInTheFileIsAnError() throws Exception {
		String p = World.prefix();
		String csv = "code,name_vi,kind,parent_code\n%1$s-A,A,DISTRICT,%1$s-B\n%1$s-B,B,DISTRICT,%1$s-A\n".formatted(p);
		importCsv("org-units", csv, false).andExpect(status().isUnprocessableContent());
		assertThat(units.byCode(p + "-A")).isEmpty();
	}
}

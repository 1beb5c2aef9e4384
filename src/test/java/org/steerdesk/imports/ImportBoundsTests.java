package org.steerdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.org.Units;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every import is bounded before it costs memory or time: bytes of a raw body or an upload, data
 * rows, row numbers of a sheet, columns, cell lengths, control characters. Small limits here, so
 * that each bound is crossed by a small file.
 */
@SteerdeskTest
@TestPropertySource(properties = { "steerdesk.imports.max-bytes=4KB", "steerdesk.imports.max-rows=5",
		"steerdesk.imports.max-columns=12", "steerdesk.imports.max-cell-chars=200" })
class ImportBoundsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	Units units;

	String editor;

	ResultActions post(String register, byte[] body, String contentType) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/imports/" + register + "?dryRun=true")
			.with(httpBasic("admin", World.ADMIN_PASSWORD))
			.header("Accept-Language", "en")
			.contentType(contentType)
			.content(body));
	}

	ResultActions csv(String csv) throws Exception {
		return post("org-units", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
	}

	@Test
	void aSheetRowNumberedBeyondTheBoundIsRefusedWithoutReadingTheGap() throws Exception {
		// the attack of the report: a 2 KB workbook whose only data row is numbered two billion
		byte[] xlsx = renumberSecondRow(workbook(), 2_000_000_000);
		assertThat(xlsx.length).isLessThan(4096);
		post("org-units", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].row").value(2_000_000_000))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 5 data rows")));
	}

	@Test
	void aRawBodyOverTheLimitIsRefusedWith413AndNothingIsRead() throws Exception {
		StringBuilder csv = new StringBuilder("code,name_vi,kind\n");
		while (csv.length() <= 4096) {
			csv.append("X,Tên,PROVINCE\n");
		}
		csv(csv.toString()).andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("The file is too large: at most 4 KB."))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aMultipartUploadOverTheLimitIsRefusedWith413() throws Exception {
		byte[] big = new byte[5000];
		java.util.Arrays.fill(big, (byte) 'a');
		mvc.perform(multipart("/api/v1/imports/org-units").file(new MockMultipartFile("file", "u.csv", "text/csv", big))
			.with(httpBasic("admin", World.ADMIN_PASSWORD))).andExpect(status().isContentTooLarge());
	}

	@Test
	void tooManyRowsColumnsOrCharactersAreRefusedNamingTheRow() throws Exception {
		String p = World.prefix();
		StringBuilder rows = new StringBuilder("code,name_vi,kind\n");
		for (int i = 0; i < 6; i++) {
			rows.append(p).append(i).append(",Tỉnh,PROVINCE\n");
		}
		csv(rows.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(7))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 5")));
		csv("code,name_vi,kind\n" + p + ",Tỉnh,PROVINCE" + ",".repeat(20) + "\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 12")));
		csv("code,name_vi,kind\n" + p + ",\"" + "Đ".repeat(201) + "\",PROVINCE\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("B"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 200 characters")));
		assertThat(units.byCode(p)).isEmpty();
	}

	@Test
	void anUnclosedQuoteIsReportedOnItsRow() throws Exception {
		String p = World.prefix();
		csv("code,name_vi,kind\n" + p + "A,Tỉnh,PROVINCE\n" + p + "B,\"Tỉnh,PROVINCE\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("quote")));
	}

	@Test
	void aControlCharacterInACellIsRefusedNamingItsRowAndColumn() throws Exception {
		String p = World.prefix();
		csv("code,name_vi,kind\n" + p + ",Tỉnh\u0000Nul,PROVINCE\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("name_vi"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
	}

	@Test
	void csvShapeCountsQuotedCommasAsText() throws Exception {
		ImportLimits limits = new ImportLimits(org.springframework.util.unit.DataSize.ofKilobytes(4), 5, 3, 200,
				org.springframework.util.unit.DataSize.ofMegabytes(1), 0.01, 1);
		ImportFile.CsvShape.check("a,b,c\n\"x,y,z,w\",\"\"\"q\"\"\",c\n".getBytes(StandardCharsets.UTF_8), limits);
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> ImportFile.CsvShape.check("a,b,c\nx,y,z,w\n".getBytes(StandardCharsets.UTF_8), limits))
			.isInstanceOf(ImportFile.Refused.class);
	}

	private static byte[] workbook() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("units");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("code");
			header.createCell(1).setCellValue("name_vi");
			header.createCell(2).setCellValue("kind");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("X");
			row.createCell(1).setCellValue("Tên");
			row.createCell(2).setCellValue("PROVINCE");
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** Rewrites the sheet XML so its second row carries another row number, as a hand-made file can. */
	private static byte[] renumberSecondRow(byte[] xlsx, int number) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					data = new String(data, StandardCharsets.UTF_8).replace("<row r=\"2\"", "<row r=\"" + number + "\"")
						.replaceAll("r=\"([A-C])2\"", "r=\"$1" + number + "\"")
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(data);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}

package org.steerdesk.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes arrive, reading an import file either gives rows within every bound or refuses
 * the file with a reason; it never throws anything else (which would be a 500) and never holds
 * more rows, columns or characters than the limits allow.
 */
class ImportFilePropertiesTests {

	static final ImportLimits LIMITS = new ImportLimits(DataSize.ofKilobytes(256), 50, 12, 300, DataSize.ofMegabytes(4), 0.01, 1);

	static void readsWithinBoundsOrRefuses(byte[] content) {
		try {
			List<ImportFile.Row> rows = ImportFile.read(content, LIMITS);
			assertThat(rows.size()).isLessThanOrEqualTo(LIMITS.maxRows() + 1);
			for (ImportFile.Row row : rows) {
				assertThat(row.number()).isBetween(1, LIMITS.maxRows() + 1);
				assertThat(row.cells().size()).isLessThanOrEqualTo(LIMITS.maxColumns());
				row.cells().forEach(c -> assertThat(c == null ? 0 : c.length()).isLessThanOrEqualTo(LIMITS.maxCellChars()));
			}
		}
		catch (ImportFile.Refused refused) {
			assertThat(refused.code).startsWith("import.");
			assertThat(refused.row).isBetween(0, Integer.MAX_VALUE);
		}
	}

	@Property(tries = 300)
	void anyBytesAtAll(@ForAll @Size(max = 4000) byte[] content) {
		readsWithinBoundsOrRefuses(content);
	}

	@Property(tries = 300)
	void anyCsvTextInAnyEncoding(@ForAll("csvText") String text, @ForAll("charsets") Charset charset, @ForAll boolean bom) {
		byte[] body = text.getBytes(charset);
		if (bom) {
			byte[] withBom = new byte[body.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(body, 0, withBom, 3, body.length);
			body = withBom;
		}
		readsWithinBoundsOrRefuses(body);
	}

	@Property(tries = 60)
	void anySheetWithRowGapsAndLongCells(@ForAll @Size(max = 20) List<@IntRange(min = 0, max = 1_048_575) Integer> rowNumbers,
			@ForAll @IntRange(min = 0, max = 40) int column, @ForAll @IntRange(min = 0, max = 600) int cellLength) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("s");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("code");
			for (int number : rowNumbers) {
				Row row = sheet.getRow(number) != null ? sheet.getRow(number) : sheet.createRow(number);
				row.createCell(column).setCellValue("x".repeat(cellLength));
			}
			wb.write(out);
			readsWithinBoundsOrRefuses(out.toByteArray());
		}
	}

	@Provide
	Arbitrary<String> csvText() {
		Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().withChars("abcĐđệ\"',;\r\n\t \u0000=+-@").ofMaxLength(40),
				Arbitraries.strings().ofMaxLength(12), Arbitraries.just(""), Arbitraries.strings().withChars("\"").ofMaxLength(3));
		Arbitrary<String> line = cell.list().ofMaxSize(20).map(cells -> String.join(",", cells));
		return line.list().ofMaxSize(80).map(lines -> String.join(Arbitraries.of("\n", "\r\n").sample(), lines));
	}

	@Provide
	Arbitrary<Charset> charsets() {
		return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1, Charset.forName("windows-1258"));
	}
}

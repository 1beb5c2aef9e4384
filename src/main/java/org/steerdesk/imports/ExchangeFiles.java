package org.steerdesk.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.steerdesk.shared.NotFoundException;

/**
 * Writes a register's records in its exchange format, the counterpart of importing: CSV (UTF-8
 * with BOM, so Excel reads it right) or XLSX (streamed), with the header row first, so that an
 * export can be imported again unchanged. CSV cells are neutralised against formula injection.
 */
public final class ExchangeFiles {

	private ExchangeFiles() {
	}

	/**
	 * A CSV cell a spreadsheet would not read as a formula (OWASP's CSV injection advice): a value
	 * beginning with {@code = + - @}, a tab or a carriage return, or with an apostrophe, gets an
	 * apostrophe in front. Importing takes it off again ({@link #restore}), so an export re-imports
	 * unchanged.
	 */
	public static String neutralise(String value) {
		return value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** Undoes {@link #neutralise}: an apostrophe before a formula's first character (or another apostrophe) is dropped. */
	static String restore(String value) {
		return value != null && value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	private static final String FORMULA_START = "=+-@\t\r'";

	/**
	 * Streams the rows to the response as {@code <name>.csv} or {@code <name>.xlsx}.
	 * @param rows given a sink, feeds it every row's cells in header order
	 * @throws NotFoundException for another format
	 */
	public static void write(String format, String name, List<String> header, Consumer<Consumer<List<String>>> rows,
			HttpServletResponse response) throws IOException {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new NotFoundException("Export format " + format);
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "." + format).build().toString());
		if (!xlsx) {
			response.setContentType("text/csv;charset=UTF-8");
			OutputStream out = response.getOutputStream();
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
				csv.printRecord(header);
				rows.accept(cells -> {
					try {
						csv.printRecord(cells.stream().map(ExchangeFiles::neutralise).toList());
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
			return;
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet(name);
			int[] next = { 0 };
			Consumer<List<String>> write = cells -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
				}
			};
			write.accept(header);
			rows.accept(write);
			workbook.write(response.getOutputStream());
		}
	}
}

package org.steerdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded file as rows of cell texts: CSV (UTF-8, BOM accepted, RFC 4180) or the first
 * sheet of an XLSX workbook, streamed. Excel dates come out as {@code YYYY-MM-DD} (or with a time),
 * whole numbers without decimals, so both formats read the same.
 */
final class ImportFile {

	private ImportFile() {
	}

	/** The file's rows, header first; each row's cells in column order (null for an empty cell). */
	static List<List<String>> read(byte[] content) throws IOException {
		if (isXlsx(content)) {
			return readXlsx(content);
		}
		return readCsv(content);
	}

	static boolean isXlsx(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static List<List<String>> readCsv(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
				StandardCharsets.UTF_8.newDecoder());
				CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get().parse(reader)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				rows.add(cells);
			}
		}
		catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		return rows;
	}

	private static List<List<String>> readXlsx(byte[] content) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return List.of();
			}
			RowCollector collector = new RowCollector();
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new IsoDataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			return collector.rows;
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
			throw new IOException("Unreadable workbook", e);
		}
	}

	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		final List<List<String>> rows = new ArrayList<>();

		private List<String> current;

		@Override
		public void startRow(int rowNum) {
			while (rows.size() < rowNum) {
				rows.add(new ArrayList<>());
			}
			current = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			rows.add(current);
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = new CellReference(cellReference).getCol();
			while (current.size() < column) {
				current.add(null);
			}
			current.add(formattedValue);
		}
	}

	/** Formats dates as ISO and numbers plainly, whatever the cell's display format. */
	private static final class IsoDataFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
				return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
						: dateTime.toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return Double.toString(value);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}
	}

}

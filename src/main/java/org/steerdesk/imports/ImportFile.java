package org.steerdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
 * whole numbers without decimals, so both formats read the same. Every bound of {@link ImportLimits}
 * is checked while reading, before the file can cost more memory than its bounds allow.
 */
final class ImportFile {

	/** A row of the file as Excel numbers it (the header is row 1), its cells in column order (null when empty). */
	record Row(int number, List<String> cells) {
	}

	/** The file crossed a bound or cannot be read; {@code code} is a message key, {@code row} 0 when no row applies. */
	static final class Refused extends Exception {

		final int row;

		final String column;

		final String code;

		final List<Object> args;

		Refused(int row, String column, String code, Object... args) {
			super(code, null, false, false);
			this.row = row;
			this.column = column;
			this.code = code;
			this.args = List.of(args);
		}
	}

	private ImportFile() {
	}

	/** The file's rows, header first. */
	static List<Row> read(byte[] content, ImportLimits limits) throws Refused {
		List<Row> rows = new ArrayList<>();
		read(content, limits, count -> {
		}, rows::add);
		return rows;
	}

	/**
	 * Streams the file's rows, header first, to {@code out}; {@code lines} is told how many lines
	 * a CSV file has before its first row (an XLSX sheet's count is known only at its end).
	 */
	static void read(byte[] content, ImportLimits limits, IntConsumer lines, Consumer<Row> out) throws Refused {
		if (content.length > limits.maxBytes().toBytes()) {
			throw new Refused(0, "", "import.tooLarge", org.steerdesk.shared.Bounds.readable(limits.maxBytes()));
		}
		if (isXlsx(content)) {
			readXlsx(content, limits, out);
		}
		else {
			lines.accept(CsvShape.check(content, limits));
			readCsv(content, limits, out);
		}
	}

	static boolean isXlsx(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static void readCsv(byte[] content, ImportLimits limits, Consumer<Row> out) throws Refused {
		CSVParser parser = null;
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
				StandardCharsets.UTF_8.newDecoder())) {
			parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get().parse(reader);
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				// the byte scan bounds most files; this bounds every record however its quotes were read
				if (record.size() > limits.maxColumns()) {
					throw new Refused(number, column(limits.maxColumns()), "import.tooManyColumns", limits.maxColumns());
				}
				List<String> cells = new ArrayList<>(record.size());
				for (String cell : record) {
					if (cell.length() > limits.maxCellChars()) {
						throw new Refused(number, column(cells.size()), "import.cellTooLong", limits.maxCellChars());
					}
					cells.add(cell);
				}
				out.accept(new Row(number, cells));
			}
		}
		catch (UncheckedIOException | IOException e) {
			Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
			if (cause instanceof CharacterCodingException) {
				throw new Refused(0, "", "import.unreadable");
			}
			// commons-csv stops at the record it cannot read: an unclosed quote, text after a closing quote
			long read = parser == null ? 0 : parser.getRecordNumber();
			throw new Refused((int) Math.min(read + 1, Integer.MAX_VALUE), "", "import.badCsv");
		}
	}

	private static void readXlsx(byte[] content, ImportLimits limits, Consumer<Row> out) throws Refused {
		ZipSecureFile.setMaxEntrySize(limits.maxXlsxPartBytes().toBytes());
		ZipSecureFile.setMinInflateRatio(limits.minXlsxInflateRatio());
		RowCollector collector = new RowCollector(limits, out);
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new IsoDataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (BoundCrossed e) {
			throw e.refused;
		}
		catch (CancellationException e) {
			throw e;
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
			if (e.getCause() instanceof BoundCrossed crossed) {
				throw crossed.refused;
			}
			throw new Refused(0, "", "import.unreadable");
		}
	}

	/** Column letters as Excel writes them: 0 → A, 26 → AA. */
	static String column(int index) {
		return CellReference.convertNumToColString(index);
	}

	/** Carries a {@link Refused} out of POI's SAX callbacks. */
	private static final class BoundCrossed extends RuntimeException {

		final Refused refused;

		BoundCrossed(Refused refused) {
			super(refused.code, null, false, false);
			this.refused = refused;
		}
	}

	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final ImportLimits limits;

		private final Consumer<Row> out;

		private List<String> current;

		private int number;

		private int rows;

		RowCollector(ImportLimits limits, Consumer<Row> out) {
			this.limits = limits;
			this.out = out;
		}

		@Override
		public void startRow(int rowNum) {
			// rowNum is 0-based; a row numbered beyond the bound is refused however empty the sheet is
			number = rowNum + 1;
			if (rowNum < 0 || rowNum > limits.maxRows() || rows > limits.maxRows()) {
				throw new BoundCrossed(new Refused(number, "", "import.tooManyRows", limits.maxRows()));
			}
			current = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			rows++;
			out.accept(new Row(number, current));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
			if (column < 0 || column >= limits.maxColumns()) {
				throw new BoundCrossed(new Refused(number, column(Math.max(column, 0)), "import.tooManyColumns", limits.maxColumns()));
			}
			if (formattedValue != null && formattedValue.length() > limits.maxCellChars()) {
				throw new BoundCrossed(new Refused(number, column(column), "import.cellTooLong", limits.maxCellChars()));
			}
			if (column < current.size()) {
				return; // a cell repeated out of order: the first one counts
			}
			while (current.size() < column) {
				current.add(null);
			}
			current.add(formattedValue);
		}
	}

	/**
	 * Counts a CSV file's rows, columns and cell lengths on its bytes before it is parsed, so a
	 * line of a hundred million commas is refused before it becomes a hundred million cells.
	 */
	static final class CsvShape {

		private CsvShape() {
		}

		/** Checks the file's shape; returns its number of lines with content (the header included). */
		static int check(byte[] content, ImportLimits limits) throws Refused {
			int lines = 0;
			int row = 1;
			int fields = 1;
			long fieldBytes = 0;
			boolean quoted = false;
			boolean rowHasContent = false;
			// a UTF-8 character takes at most 4 bytes, so a cell of more bytes than this is surely too long
			long maxFieldBytes = 4L * limits.maxCellChars();
			// a UTF-8 byte order mark is not content: the first cell's opening quote follows it
			int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
			for (int i = start; i < content.length; i++) {
				byte b = content[i];
				if (quoted) {
					if (b == '"') {
						if (i + 1 < content.length && content[i + 1] == '"') {
							i++;
						}
						else {
							quoted = false;
							continue;
						}
					}
					if (++fieldBytes > maxFieldBytes) {
						throw new Refused(row, column(fields - 1), "import.cellTooLong", limits.maxCellChars());
					}
					continue;
				}
				switch (b) {
					case '"' -> {
						quoted = fieldBytes == 0;
						rowHasContent = true;
						fieldBytes++;
					}
					case ',' -> {
						if (++fields > limits.maxColumns()) {
							throw new Refused(row, column(limits.maxColumns()), "import.tooManyColumns", limits.maxColumns());
						}
						fieldBytes = 0;
						rowHasContent = true;
					}
					case '\n' -> {
						if (rowHasContent && row - 1 > limits.maxRows()) {
							throw new Refused(row, "", "import.tooManyRows", limits.maxRows());
						}
						if (rowHasContent) {
							lines++;
						}
						row++;
						fields = 1;
						fieldBytes = 0;
						rowHasContent = false;
					}
					case '\r' -> {
					}
					default -> {
						rowHasContent = true;
						if (++fieldBytes > maxFieldBytes) {
							throw new Refused(row, column(fields - 1), "import.cellTooLong", limits.maxCellChars());
						}
					}
				}
			}
			if (rowHasContent && row - 1 > limits.maxRows()) {
				throw new Refused(row, "", "import.tooManyRows", limits.maxRows());
			}
			return rowHasContent ? lines + 1 : lines;
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

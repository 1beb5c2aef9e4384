package org.steerdesk.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Template files of each register: a CSV with the header row (UTF-8 with BOM, so Excel opens it
 * right), and an XLSX with the header on its first sheet and a guide to the columns on the second.
 */
@Service
public class ImportTemplates {

	private final MessageSource messages;

	ImportTemplates(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] csv(ImportTarget target) {
		String header = String.join(",", target.columns().stream().map(ImportColumn::name).toList());
		return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	public byte[] xlsx(ImportTarget target, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			Sheet data = workbook.createSheet(target.register());
			Row header = data.createRow(0);
			List<ImportColumn> columns = target.columns();
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i).name());
				header.getCell(i).setCellStyle(headerStyle);
				data.setColumnWidth(i, 20 * 256);
			}
			Sheet guide = workbook.createSheet(messages.getMessage("import.template.guide", null, locale));
			Row guideHeader = guide.createRow(0);
			String[] titles = { "import.template.column", "import.template.required", "import.template.values" };
			for (int i = 0; i < titles.length; i++) {
				guideHeader.createCell(i).setCellValue(messages.getMessage(titles[i], null, locale));
				guideHeader.getCell(i).setCellStyle(headerStyle);
			}
			for (int i = 0; i < columns.size(); i++) {
				Row row = guide.createRow(i + 1);
				row.createCell(0).setCellValue(columns.get(i).name());
				row.createCell(1).setCellValue(messages.getMessage(columns.get(i).required() ? "common.yes" : "common.no", null, locale));
				row.createCell(2).setCellValue(guide(columns.get(i), locale));
			}
			guide.setColumnWidth(0, 24 * 256);
			guide.setColumnWidth(2, 80 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A column's allowed values for the guide: codes each with its label in the reader's language ("STAFF — Cán bộ, công chức"). */
	private String guide(ImportColumn column, java.util.Locale locale) {
		if (column.values() == null) {
			return "";
		}
		if (column.labelPrefix() == null) {
			return column.values();
		}
		StringBuilder out = new StringBuilder();
		for (String code : column.values().split(" \\| ")) {
			out.append(out.isEmpty() ? "" : "; ").append(code).append(" — ")
				.append(messages.getMessage(column.labelPrefix() + code, null, code, locale));
		}
		return out.toString();
	}
}

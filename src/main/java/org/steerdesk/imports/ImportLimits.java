package org.steerdesk.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds every import file is held to before it costs memory or time ({@code steerdesk.imports.*}).
 * A file over any of them is refused whole, with the row and column where the bound was crossed.
 * @param maxBytes the largest file, as a raw request body, a multipart upload or a page upload
 * @param maxRows the most data rows (the header not counted); a row numbered beyond it is refused
 *        even in an otherwise empty sheet
 * @param maxColumns the most columns in any row
 * @param maxCellChars the longest cell, in characters (Excel's own limit is 32,767)
 * @param maxXlsxPartBytes the largest part of an XLSX file once decompressed (a sheet, the shared strings)
 * @param minXlsxInflateRatio the smallest compressed-to-decompressed ratio of an XLSX part (zip bombs
 *        compress far better than any real sheet)
 * @param concurrent how many imports run at once on one instance; others wait their turn
 */
@ConfigurationProperties("steerdesk.imports")
public record ImportLimits(@DefaultValue("100MB") DataSize maxBytes, @DefaultValue("1000000") int maxRows,
		@DefaultValue("64") int maxColumns, @DefaultValue("32767") int maxCellChars,
		@DefaultValue("512MB") DataSize maxXlsxPartBytes, @DefaultValue("0.01") double minXlsxInflateRatio,
		@DefaultValue("2") int concurrent) {

	public ImportLimits {
		if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || concurrent < 1) {
			throw new IllegalArgumentException("steerdesk.imports limits must be at least 1");
		}
	}

	/** The defaults, for tests and tools that build a pipeline by hand. */
	public static ImportLimits defaults() {
		return new ImportLimits(DataSize.ofMegabytes(100), 1_000_000, 64, 32_767, DataSize.ofMegabytes(512), 0.01, 2);
	}
}

package org.steerdesk.media.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.steerdesk.media.ItemKind;
import org.steerdesk.media.MediaFilter;
import org.steerdesk.media.MediaQueries;
import org.steerdesk.media.MediaRow;
import org.steerdesk.media.Platform;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;

/**
 * The media lists with their filters, keyset pages and totals — items, shares, and the views
 * counted for {@code media.views} — and the CSV/XLSX export of a filtered list in the import format.
 */
@Controller
@RequestMapping("/media")
class MediaListsController {

	static final List<String> ITEM_COLUMNS = List.of("url", "title", "kind", "published_at", "channel_code", "unit_code", "themes");

	static final List<String> SHARE_COLUMNS = List.of("url", "channel_code", "shared_at", "unit_code", "item_url");

	private final MediaQueries queries;

	MediaListsController(MediaQueries queries) {
		this.queries = queries;
	}

	@ModelAttribute("kinds")
	ItemKind[] kinds() {
		return ItemKind.values();
	}

	@ModelAttribute("platforms")
	Platform[] platforms() {
		return Platform.values();
	}

	@GetMapping
	String index() {
		return "media/index";
	}

	@GetMapping("/items")
	String items(@ModelAttribute("filter") MediaFilter filter, Actor actor, Model model) {
		model.addAttribute("page", queries.items(filter, actor));
		return "media/items";
	}

	@GetMapping("/shares")
	String shares(@ModelAttribute("filter") MediaFilter filter, Actor actor, Model model) {
		model.addAttribute("page", queries.shares(filter, actor));
		return "media/shares";
	}

	@GetMapping("/views")
	String views(@ModelAttribute("filter") MediaFilter filter, Actor actor, Model model) {
		model.addAttribute("page", queries.views(filter, actor));
		return "media/views";
	}

	@GetMapping("/items/export.{format}")
	void exportItems(@PathVariable String format, MediaFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		export(format, "media-items", ITEM_COLUMNS, sink -> queries.exportItems(filter, actor, sink),
				row -> List.of(row.url(), row.title(), row.kind(), row.at().toLocalDateTime().toString(), row.channelCode(),
						row.unitCode(), row.themes() == null ? "" : String.join(";", row.themes().replaceAll("^;|;$", "").split(";"))),
				response);
	}

	@GetMapping("/shares/export.{format}")
	void exportShares(@PathVariable String format, MediaFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		export(format, "media-shares", SHARE_COLUMNS, sink -> queries.exportShares(filter, actor, sink),
				row -> List.of(row.url(), row.channelCode(), row.at().toLocalDateTime().toString(), row.unitCode(),
						row.title() == null ? "" : row.title()),
				response);
	}

	/** Streams the rows as CSV (UTF-8 with BOM) or XLSX, in the register's import format. */
	private void export(String format, String name, List<String> header, Consumer<Consumer<MediaRow>> rows,
			Function<MediaRow, List<String>> cells, HttpServletResponse response) throws IOException {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new NotFoundException("Export format " + format);
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString());
		if (!xlsx) {
			response.setContentType("text/csv;charset=UTF-8");
			OutputStream out = response.getOutputStream();
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
				csv.printRecord(header);
				rows.accept(row -> print(csv, cells.apply(row)));
			}
			return;
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet(name);
			BiConsumer<Integer, List<String>> write = (index, values) -> {
				Row row = sheet.createRow(index);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			};
			write.accept(0, header);
			int[] next = { 1 };
			rows.accept(row -> write.accept(next[0]++, cells.apply(row)));
			workbook.write(response.getOutputStream());
		}
	}

	private static void print(CSVPrinter csv, List<String> values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

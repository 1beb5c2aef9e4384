package org.steerdesk.media.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.steerdesk.imports.ExchangeFiles;
import org.steerdesk.media.ItemKind;
import org.steerdesk.media.MediaFilter;
import org.steerdesk.media.MediaQueries;
import org.steerdesk.media.MediaViews;
import org.steerdesk.media.MediaRow;
import org.steerdesk.media.Platform;
import org.steerdesk.shared.Actor;

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

	private final MediaViews views;

	MediaListsController(MediaQueries queries, MediaViews views) {
		this.queries = queries;
		this.views = views;
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
		model.addAttribute("page", views.views(filter, actor));
		return "media/views";
	}

	@GetMapping("/items/export.{format}")
	void exportItems(@PathVariable String format, MediaFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		queries.requireReadable(filter, actor);
		export(format, "media-items", ITEM_COLUMNS, sink -> queries.exportItems(filter, actor, sink),
				row -> List.of(row.url(), row.title(), row.kind(), row.at().toLocalDateTime().toString(), row.channelCode(),
						row.unitCode(), row.themes() == null ? "" : String.join(";", row.themes().replaceAll("^;|;$", "").split(";"))),
				response);
	}

	@GetMapping("/shares/export.{format}")
	void exportShares(@PathVariable String format, MediaFilter filter, Actor actor, HttpServletResponse response)
			throws IOException {
		queries.requireReadable(filter, actor);
		export(format, "media-shares", SHARE_COLUMNS, sink -> queries.exportShares(filter, actor, sink),
				row -> List.of(row.url(), row.channelCode(), row.at().toLocalDateTime().toString(), row.unitCode(),
						row.title() == null ? "" : row.title()),
				response);
	}

	/** Streams the rows in the register's exchange format (see {@link ExchangeFiles}). */
	private static void export(String format, String name, List<String> header, Consumer<Consumer<MediaRow>> rows,
			Function<MediaRow, List<String>> cells, HttpServletResponse response) throws IOException {
		ExchangeFiles.write(format, name, header, sink -> rows.accept(row -> sink.accept(cells.apply(row))), response);
	}
}

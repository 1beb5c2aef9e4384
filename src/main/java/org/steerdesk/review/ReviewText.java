package org.steerdesk.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.steerdesk.documents.OfficialDocument.Block;
import org.steerdesk.documents.OfficialDocument.Kind;
import org.steerdesk.documents.OfficialDocument.Run;
import org.springframework.web.util.HtmlUtils;

/**
 * A review's narrative: Markdown (headings "# I." and "## 1.", paragraphs, **bold**, *italic*,
 * "- " and "1. " lists) whose figures are written as {@code {key}}, {@code {key~}} or
 * {@code {key:change}} and whose dates as {@code {year}}, {@code {previous_year}},
 * {@code {next_year}}. Filled, it becomes the document's blocks, each figure a run that links to
 * its drill-down.
 */
public final class ReviewText {

	/** The words a template may use besides figure keys. */
	/** A paragraph that is wholly an italic parenthesis: an instruction of the template. */
	static final java.util.regex.Pattern INSTRUCTION = java.util.regex.Pattern.compile("([*_])\\(.*\\)\\1");

	public static final Set<String> CONTEXT = Set.of("year", "previous_year", "next_year");

	private static final char FIGURE_START = '\uE000';

	private static final char FIGURE_END = '\uE001';

	private static final Parser MARKDOWN = Parser.builder().build();

	/** The narrative filled in: its blocks and the keys that are neither figures nor context words. */
	public record Filled(List<Block> blocks, List<String> unknownKeys) {
	}

	private ReviewText() {
	}

	/** Replaces {@code {year}}, {@code {previous_year}} and {@code {next_year}}. */
	public static String context(String text, int year) {
		return text.replace("{year}", String.valueOf(year))
			.replace("{previous_year}", String.valueOf(year - 1))
			.replace("{next_year}", String.valueOf(year + 1));
	}

	/** The keys a template uses that name no figure of the catalogue and no context word. */
	/**
	 * The template's instructions to the secretariat still in a text: paragraphs that are wholly an
	 * italic parenthesis, "*(Ban Thư ký ghi nội dung.)*", which an issued report must not contain.
	 */
	public static List<String> instructions(String text) {
		List<String> found = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String paragraph = line.strip();
			if (INSTRUCTION.matcher(paragraph).matches()) {
				found.add(paragraph.substring(1, paragraph.length() - 1));
			}
		}
		return found;
	}

	public static List<String> unknownKeys(String template, Set<String> catalogue) {
		Set<String> known = new HashSet<>(catalogue);
		known.addAll(CONTEXT);
		return FigureText.unknownKeys(template, known);
	}

	/**
	 * Fills the narrative for {@code year} with this year's and the previous year's values; each
	 * figure's run links to {@code drillDowns.get(key)}.
	 */
	public static Filled fill(String narrative, int year, Map<String, Long> values, Map<String, Long> previous,
			Map<String, String> drillDowns, Locale locale) {
		return fill(narrative, year, values, previous, drillDowns, Map.of(), locale);
	}

	/** Fills the narrative as above, with the registers' phrases ({@code {key}} of a phrase is its sentence). */
	public static Filled fill(String narrative, int year, Map<String, Long> values, Map<String, Long> previous,
			Map<String, String> drillDowns, Map<String, String> phrases, Locale locale) {
		// the marks below are private-use characters; any typed into the text are dropped first
		String text = context(narrative, year).replace(String.valueOf(FIGURE_START), "").replace(String.valueOf(FIGURE_END), "");
		FigureText.Result result = FigureText.fill(text, values, previous, String.valueOf(year - 1), phrases, locale);
		StringBuilder marked = new StringBuilder(result.text().length() + result.figures().size() * 8);
		List<FigureText.Filled> figures = result.figures();
		int last = 0;
		for (int i = 0; i < figures.size(); i++) {
			FigureText.Filled f = figures.get(i);
			marked.append(result.text(), last, f.start()).append(FIGURE_START).append(i).append(FIGURE_END)
				.append(f.words()).append(FIGURE_END);
			last = f.end();
		}
		marked.append(result.text().substring(last));
		BlockBuilder builder = new BlockBuilder(figures, drillDowns);
		MARKDOWN.parse(marked.toString()).accept(builder);
		return new Filled(List.copyOf(builder.blocks), result.unknownKeys());
	}

	/** Fills the narrative with a review's figure lines (each line's value, last year's, and its drill-down). */
	public static Filled fill(String narrative, int year, List<FigureLine> lines, Locale locale) {
		return fill(narrative, year, lines, Map.of(), locale);
	}

	/** Fills the narrative with a review's figure lines and the registers' phrases written from them. */
	public static Filled fill(String narrative, int year, List<FigureLine> lines, Map<String, String> phrases, Locale locale) {
		Map<String, Long> values = new HashMap<>();
		Map<String, Long> previous = new HashMap<>();
		Map<String, String> links = new HashMap<>();
		for (FigureLine line : lines) {
			values.put(line.key(), line.value());
			previous.put(line.key(), line.previous());
			links.put(line.key(), line.drillDown());
		}
		return fill(narrative, year, values, previous, links, phrases, locale);
	}

	/** A one-line text (a subject) filled with the figure lines; no Markdown. */
	public static String line(String text, int year, List<FigureLine> lines, Locale locale) {
		Map<String, Long> values = new HashMap<>();
		Map<String, Long> previous = new HashMap<>();
		lines.forEach(l -> {
			values.put(l.key(), l.value());
			previous.put(l.key(), l.previous());
		});
		return FigureText.fill(context(text, year), values, previous, String.valueOf(year - 1), locale).text();
	}

	/** The blocks as HTML for the draft page: figures are highlighted links to their drill-downs. */
	public static String html(List<Block> blocks) {
		StringBuilder h = new StringBuilder();
		for (Block block : blocks) {
			String tag = switch (block.kind()) {
				case HEADING -> "h" + Math.min(6, block.level() + 2);
				case PARAGRAPH, LIST_ITEM, CENTRED -> "p";
			};
			h.append('<').append(tag).append(block.kind() == Kind.LIST_ITEM ? " class=\"narrative-item\"" : "").append('>');
			if (block.marker() != null) {
				h.append(HtmlUtils.htmlEscape(block.marker(), "UTF-8")).append(' ');
			}
			for (Run run : block.runs()) {
				String text = HtmlUtils.htmlEscape(run.text(), "UTF-8");
				if (run.link() != null) {
					text = "<a class=\"figure-link\" href=\"" + HtmlUtils.htmlEscape(run.link(), "UTF-8") + "\">" + text + "</a>";
				}
				if (run.italic()) {
					text = "<em>" + text + "</em>";
				}
				if (run.bold()) {
					text = "<strong>" + text + "</strong>";
				}
				h.append(text);
			}
			h.append("</").append(tag).append('>');
		}
		return h.toString();
	}

	/** Walks the Markdown tree into blocks of runs, splitting text at the figure marks. */
	private static final class BlockBuilder extends AbstractVisitor {

		final List<Block> blocks = new ArrayList<>();

		private final List<FigureText.Filled> figures;

		private final Map<String, String> drillDowns;

		private List<Run> runs;

		private boolean bold;

		private boolean italic;

		private String marker;

		BlockBuilder(List<FigureText.Filled> figures, Map<String, String> drillDowns) {
			this.figures = figures;
			this.drillDowns = drillDowns;
		}

		@Override
		public void visit(Heading heading) {
			block(heading, Kind.HEADING, heading.getLevel(), null);
		}

		@Override
		public void visit(Paragraph paragraph) {
			boolean inList = paragraph.getParent() instanceof ListItem;
			block(paragraph, inList ? Kind.LIST_ITEM : Kind.PARAGRAPH, 0, inList ? marker : null);
		}

		@Override
		public void visit(BulletList list) {
			String outer = marker;
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				marker = "-";
				visitChildren(item);
			}
			marker = outer;
		}

		@Override
		public void visit(OrderedList list) {
			String outer = marker;
			int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
			String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				marker = number++ + delimiter;
				visitChildren(item);
			}
			marker = outer;
		}

		@Override
		public void visit(Emphasis emphasis) {
			boolean outer = italic;
			italic = true;
			visitChildren(emphasis);
			italic = outer;
		}

		@Override
		public void visit(StrongEmphasis strong) {
			boolean outer = bold;
			bold = true;
			visitChildren(strong);
			bold = outer;
		}

		@Override
		public void visit(Text text) {
			if (runs != null) {
				text(text.getLiteral());
			}
		}

		@Override
		public void visit(Code code) {
			if (runs != null) {
				text(code.getLiteral());
			}
		}

		@Override
		public void visit(HtmlInline html) {
			if (runs != null) {
				text(html.getLiteral());
			}
		}

		@Override
		public void visit(SoftLineBreak lineBreak) {
			if (runs != null) {
				text(" ");
			}
		}

		@Override
		public void visit(HardLineBreak lineBreak) {
			if (runs != null) {
				text(" ");
			}
		}

		private void block(Node node, Kind kind, int level, String blockMarker) {
			runs = new ArrayList<>();
			visitChildren(node);
			if (!runs.isEmpty()) {
				blocks.add(new Block(kind, level, blockMarker, List.copyOf(runs)));
			}
			runs = null;
		}

		private void text(String literal) {
			int i = 0;
			while (i < literal.length()) {
				int start = literal.indexOf(FIGURE_START, i);
				if (start < 0) {
					add(literal.substring(i), null);
					return;
				}
				add(literal.substring(i, start), null);
				int indexEnd = literal.indexOf(FIGURE_END, start);
				int wordsEnd = literal.indexOf(FIGURE_END, indexEnd + 1);
				FigureText.Filled figure = figures.get(Integer.parseInt(literal.substring(start + 1, indexEnd)));
				String link = drillDowns.get(figure.key());
				add(literal.substring(indexEnd + 1, wordsEnd), link == null ? "#figures" : link);
				i = wordsEnd + 1;
			}
		}

		private void add(String text, String link) {
			if (!text.isEmpty()) {
				runs.add(new Run(text, bold, italic, link));
			}
		}
	}
}

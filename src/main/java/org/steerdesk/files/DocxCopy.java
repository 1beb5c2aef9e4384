package org.steerdesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * A new DOCX built from what is known to be safe in another: the body's text and layout
 * (paragraphs, runs and their formatting, tables, lists, footnotes and endnotes, pictures), its
 * styles and numbering. Written element by element from a whitelist of namespaces, so nothing the
 * copy does not know comes along: no document properties (core, extended, custom — creator, title,
 * company, template), no settings (the attached template's path, document variables), no comments,
 * people, headers or footers, no tracked changes (insertions accepted, deletions and their authors
 * gone), no permission ranges naming editors, no fields whose result could name the author
 * (AUTHOR, USERNAME, FILENAME, DOCPROPERTY …; the field results kept are a short list of
 * layout fields), no custom XML or data bindings, no links, no embedded objects; pictures keep only
 * their pixels ({@link ImageMetadata}), their names and descriptions replaced.
 */
final class DocxCopy {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

	/** The namespaces whose elements are copied, with the prefix the copy writes. */
	static final Map<String, String> KEPT = new LinkedHashMap<>();

	static {
		KEPT.put(W, "w");
		KEPT.put(R, "r");
		KEPT.put("http://schemas.openxmlformats.org/drawingml/2006/main", "a");
		KEPT.put("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic");
		KEPT.put("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp");
		KEPT.put("http://schemas.openxmlformats.org/officeDocument/2006/math", "m");
	}

	/** Elements dropped with everything inside them. */
	private static final Set<String> DROPPED = Set.of("del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange",
			"trPrChange", "tcPrChange", "numberingChange", "commentRangeStart", "commentRangeEnd", "commentReference", "annotationRef",
			"customXmlPr", "sdtPr", "sdtEndPr", "smartTagPr", "permStart", "permEnd", "proofErr", "delInstrText", "delText", "headerReference",
			"footerReference", "altChunk", "object", "pict", "control", "subDoc", "fldData", "attachedTemplate", "docVars", "rsids",
			"cellIns", "cellDel", "cellMerge", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
			"customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
			"customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "extLst", "hlinkClick", "hlinkHover",
			"numPicBullet", "lvlPicBulletId", "printerSettings", "embedRegular", "embedBold", "embedItalic", "embedBoldItalic");

	/** Elements replaced by what they hold. */
	private static final Set<String> UNWRAPPED = Set.of("ins", "moveTo", "customXml", "smartTag", "sdt", "sdtContent", "hyperlink", "dir", "bdo");

	/** The fields whose shown result the copy keeps (layout and cross-references); every other field's result goes. */
	private static final Set<String> SAFE_FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "REF", "PAGEREF", "NOTEREF", "TOC",
			"TOA", "SEQ", "STYLEREF", "SYMBOL", "EQ", "=", "QUOTE", "LISTNUM", "INDEX", "BIBLIOGRAPHY", "CITATION", "HYPERLINK", "GOTOBUTTON");

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Default Extension="png" ContentType="image/png"/>\
			<Default Extension="jpeg" ContentType="image/jpeg"/>\
			<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
			%s</Types>""";

	private static final Map<String, String> PART_TYPES = Map.of("styles",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", "numbering",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", "footnotes",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", "endnotes",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml");

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	/** A transparent pixel standing for a picture the copy cannot clean (neither PNG nor JPEG). */
	private static final byte[] BLANK_PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L);

	private DocxCopy() {
	}

	/** Writes the safe copy of the DOCX at {@code file} (already measured by {@link Packages#check}). */
	static void copy(Path file, OutputStream out) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
			String main = Packages.mainPart(zip);
			ZipEntry mainEntry = zip.getEntry(main);
			if (mainEntry == null) {
				throw new IOException("no main document part");
			}
			Map<String, Packages.Relation> relations = Packages.relations(zip, main);
			StringBuilder rels = new StringBuilder();
			StringBuilder overrides = new StringBuilder();
			Map<String, String> images = new LinkedHashMap<>();
			int image = 0;
			for (Packages.Relation r : relations.values()) {
				if (r.external() || !r.type().startsWith(REL)) {
					continue;
				}
				String kind = r.type().substring(REL.length());
				ZipEntry target = zip.getEntry(r.target());
				if (target == null) {
					continue;
				}
				if (PART_TYPES.containsKey(kind)) {
					put(copy, "word/" + kind + ".xml");
					try (InputStream in = zip.getInputStream(target)) {
						filter(in, copy, Set.of());
					}
					copy.closeEntry();
					rels.append(relation(r.id(), kind, kind + ".xml"));
					overrides.append("<Override PartName=\"/word/%s.xml\" ContentType=\"%s\"/>".formatted(kind, PART_TYPES.get(kind)));
				}
				else if (kind.equals("image")) {
					byte[] bytes;
					try (InputStream in = zip.getInputStream(target)) {
						bytes = in.readNBytes(32 * 1024 * 1024);
					}
					byte[] clean = ImageMetadata.clean(bytes);
					if (clean == null) {
						clean = BLANK_PNG;
					}
					String name = "media/image" + (++image) + (ImageMetadata.isPng(clean) ? ".png" : ".jpeg");
					put(copy, "word/" + name);
					copy.write(clean);
					copy.closeEntry();
					images.put(r.id(), name);
					rels.append(relation(r.id(), "image", name));
				}
			}
			put(copy, "word/document.xml");
			try (InputStream in = zip.getInputStream(mainEntry)) {
				filter(in, copy, images.keySet());
			}
			copy.closeEntry();
			put(copy, "word/_rels/document.xml.rels");
			copy.write(relations(rels.toString()).getBytes(StandardCharsets.UTF_8));
			copy.closeEntry();
			put(copy, "_rels/.rels");
			copy.write(relations(relation("rId1", "officeDocument", "word/document.xml")).getBytes(StandardCharsets.UTF_8));
			copy.closeEntry();
			put(copy, "[Content_Types].xml");
			copy.write(CONTENT_TYPES.formatted(overrides).getBytes(StandardCharsets.UTF_8));
			copy.closeEntry();
		}
	}

	private static void put(ZipOutputStream zip, String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(EPOCH);
		zip.putNextEntry(entry);
	}

	private static String relation(String id, String kind, String target) {
		return "<Relationship Id=\"%s\" Type=\"%s%s\" Target=\"%s\"/>".formatted(escape(id), REL, kind, target);
	}

	private static String relations(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body + "</Relationships>";
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

	/** A field being read: its instruction, and whether its shown result is past the separator. */
	private static final class Field {

		final StringBuilder instruction = new StringBuilder();

		boolean result;

		boolean safe() {
			String first = instruction.toString().strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
			return SAFE_FIELDS.contains(first);
		}
	}

	/**
	 * Copies one part's XML through the whitelist: elements of the kept namespaces only; the dropped
	 * ones with their content; attributes of no namespace, of the main namespace (never authors,
	 * dates, initials or revision ids) and {@code xml:space}; relation ids only for the pictures kept.
	 */
	static void filter(InputStream in, OutputStream out, Set<String> keptRelations) throws IOException {
		try {
			XMLStreamReader xml = Xml.IN.createXMLStreamReader(in);
			XMLStreamWriter w = Xml.OUT.createXMLStreamWriter(new java.io.FilterOutputStream(out) {
				@Override
				public void close() {
					// the zip entry stays open for the caller
				}
			}, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			int skip = 0;
			boolean root = true;
			Deque<Boolean> written = new ArrayDeque<>();
			Deque<Field> fields = new ArrayDeque<>();
			boolean inInstruction = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (skip > 0) {
						skip++;
						continue;
					}
					String ns = xml.getNamespaceURI();
					String name = xml.getLocalName();
					boolean main = W.equals(ns);
					if (main && name.equals("fldChar")) {
						String type = xml.getAttributeValue(W, "fldCharType");
						if ("begin".equals(type)) {
							fields.push(new Field());
						}
						else if ("separate".equals(type) && !fields.isEmpty()) {
							fields.peek().result = true;
						}
						else if ("end".equals(type) && !fields.isEmpty()) {
							fields.pop();
						}
						skip = 1;
						continue;
					}
					if (main && name.equals("instrText")) {
						inInstruction = true;
						skip = 1;
						continue;
					}
					if (main && name.equals("fldSimple")) {
						Field simple = new Field();
						simple.instruction.append(String.valueOf(xml.getAttributeValue(W, "instr")));
						if (!simple.safe()) {
							skip = 1;
							continue;
						}
						written.push(false);
						continue;
					}
					boolean hiddenResult = !fields.isEmpty() && fields.stream().anyMatch(f -> !f.result || !f.safe());
					if (!KEPT.containsKey(ns) || DROPPED.contains(name) || (hiddenResult && main && isRunContent(name))) {
						skip = 1;
						continue;
					}
					if (main && UNWRAPPED.contains(name)) {
						written.push(false);
						continue;
					}
					String prefix = KEPT.get(ns);
					w.writeStartElement(prefix, name, ns);
					if (root) {
						for (Map.Entry<String, String> k : KEPT.entrySet()) {
							w.writeNamespace(k.getValue(), k.getKey());
						}
						root = false;
					}
					attributes(xml, w, name, keptRelations);
					written.push(true);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (skip > 0) {
						skip--;
						if (skip == 0) {
							inInstruction = false;
						}
						continue;
					}
					if (!written.isEmpty() && written.pop()) {
						w.writeEndElement();
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
					if (inInstruction && !fields.isEmpty() && fields.peek().instruction.length() < 1000) {
						fields.peek().instruction.append(xml.getText());
					}
					if (skip == 0 && !root) {
						w.writeCharacters(xml.getText());
					}
				}
			}
			w.writeEndDocument();
			w.flush();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	/** What a run shows (text, breaks, symbols, pictures), hidden while a field's instruction or unsafe result is being read. */
	private static boolean isRunContent(String name) {
		return switch (name) {
			case "t", "tab", "br", "cr", "sym", "drawing", "noBreakHyphen", "softHyphen", "ptab", "footnoteReference", "endnoteReference" -> true;
			default -> false;
		};
	}

	private static void attributes(XMLStreamReader xml, XMLStreamWriter w, String element, Set<String> keptRelations) throws XMLStreamException {
		boolean named = element.equals("docPr") || element.equals("cNvPr");
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String ns = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			String value = xml.getAttributeValue(i);
			if (ns == null || ns.isEmpty()) {
				if (named && (name.equals("descr") || name.equals("title"))) {
					continue;
				}
				w.writeAttribute(name, named && name.equals("name") ? "Picture" : value);
			}
			else if (XML_NS.equals(ns) && name.equals("space")) {
				w.writeAttribute("xml", XML_NS, "space", value);
			}
			else if (W.equals(ns)) {
				if (name.equals("author") || name.equals("date") || name.equals("initials") || name.startsWith("rsid") || name.equals("dateUtc")) {
					continue;
				}
				w.writeAttribute("w", W, name, value);
			}
			else if (R.equals(ns) && name.equals("embed") && keptRelations.contains(value)) {
				w.writeAttribute("r", R, name, value);
			}
		}
	}
}

package org.steerdesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a stored document (PDF or DOCX), read within bounds: at most {@code maxChars}
 * characters, at most {@code maxPages} pages, page content that inflates to at most
 * {@code maxInflated} bytes (measured as a stream before anything parses it), and at most
 * {@code maxTime} of reading; a document beyond them is refused ({@link TooCostly}), never read on.
 */
public final class FileText {

	/** What reading one document's text may cost. */
	public record Limits(int maxChars, int maxPages, long maxInflated, java.time.Duration maxTime) {
	}

	/** A document whose text costs more than the limits allow: its message key. */
	public static final class TooCostly extends Exception {

		public final String key;

		TooCostly(String key) {
			super(key, null, false, false);
			this.key = key;
		}
	}

	private FileText() {
	}

	/** The document's text (up to the character limit). */
	public static String read(Path file, String mediaType, Limits limits) throws TooCostly {
		long deadline = System.nanoTime() + limits.maxTime().toNanos();
		try {
			return switch (mediaType) {
				case "application/pdf" -> pdf(file, limits, deadline);
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(file, limits, deadline);
				default -> "";
			};
		}
		catch (IOException | RuntimeException e) {
			if (e.getCause() instanceof TooCostly costly) {
				throw costly;
			}
			throw new TooCostly("files.textUnreadable");
		}
	}

	private static String docx(Path file, Limits limits, long deadline) throws IOException, TooCostly {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String main = Packages.mainPart(zip);
			List<String> parts = new java.util.ArrayList<>(List.of(main));
			Packages.relations(zip, main).values().stream().filter(r -> !r.external()
					&& (r.type().endsWith("/footnotes") || r.type().endsWith("/endnotes"))).forEach(r -> parts.add(r.target()));
			for (String part : parts) {
				ZipEntry entry = zip.getEntry(part);
				if (entry == null) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					XMLStreamReader xml = Xml.IN.createXMLStreamReader(in);
					boolean inText = false;
					int events = 0;
					while (xml.hasNext() && text.length() < limits.maxChars()) {
						int event = xml.next();
						if (++events % 10_000 == 0 && System.nanoTime() > deadline) {
							throw new TooCostly("files.textTooCostly");
						}
						if (event == XMLStreamConstants.START_ELEMENT && DocxCopy.W.equals(xml.getNamespaceURI())) {
							inText = xml.getLocalName().equals("t");
							if (xml.getLocalName().equals("tab") || xml.getLocalName().equals("br")) {
								text.append(' ');
							}
						}
						else if (event == XMLStreamConstants.END_ELEMENT) {
							if (DocxCopy.W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("p")) {
								text.append('\n');
							}
							inText = false;
						}
						else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
							text.append(xml.getText(), 0, Math.min(xml.getTextLength(), limits.maxChars() - text.length()));
						}
					}
					xml.close();
				}
				catch (XMLStreamException e) {
					throw new IOException(e);
				}
			}
		}
		return text.toString();
	}

	private static String pdf(Path file, Limits limits, long deadline) throws IOException, TooCostly {
		try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (doc.getNumberOfPages() > limits.maxPages()) {
				throw new TooCostly("files.textTooManyPages");
			}
			measure(doc, limits.maxInflated(), deadline);
			StringBuilder text = new StringBuilder();
			PDFTextStripper stripper = new PDFTextStripper() {

				long operators;

				@Override
				protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
					if (++operators % 4096 == 0 && System.nanoTime() > deadline) {
						throw new IOException(new TooCostly("files.textTooCostly"));
					}
					super.processOperator(operator, operands);
				}

				@Override
				protected void writeString(String s, List<TextPosition> positions) throws IOException {
					if (text.length() + s.length() > limits.maxChars()) {
						throw new IOException(new TooCostly("files.textFull"));
					}
					super.writeString(s, positions);
				}
			};
			java.io.Writer out = new java.io.Writer() {
				@Override
				public void write(char[] buffer, int off, int len) {
					text.append(buffer, off, Math.min(len, Math.max(0, limits.maxChars() - text.length())));
				}

				@Override
				public void flush() {
				}

				@Override
				public void close() {
				}
			};
			try {
				stripper.writeText(doc, out);
			}
			catch (IOException e) {
				if (e.getCause() instanceof TooCostly costly && !costly.key.equals("files.textFull")) {
					throw costly;
				}
				if (!(e.getCause() instanceof TooCostly)) {
					throw e;
				}
				// the text reached the character limit: what was read counts
			}
			return text.toString();
		}
	}

	/**
	 * Inflates every content stream of the pages and of the forms they draw, once each, as a stream,
	 * counting: refused beyond {@code maxInflated} bytes in all, or for a filter other than Flate.
	 */
	private static void measure(PDDocument doc, long maxInflated, long deadline) throws IOException, TooCostly {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> todo = new ArrayDeque<>();
		for (PDPage page : doc.getPages()) {
			todo.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) == null ? new COSArray()
					: page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
			if (page.getResources() != null) {
				todo.add(page.getResources().getCOSObject());
			}
		}
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		int visited = 0;
		while (!todo.isEmpty()) {
			COSBase base = todo.poll();
			if (base instanceof COSObject o) {
				base = o.getObject();
			}
			if (base == null || !seen.add(base)) {
				continue;
			}
			if (++visited > 200_000 || System.nanoTime() > deadline) {
				throw new TooCostly("files.textTooCostly");
			}
			if (base instanceof COSArray array) {
				array.forEach(todo::add);
			}
			else if (base instanceof COSStream stream) {
				boolean content = !stream.containsKey(COSName.SUBTYPE) || COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE));
				if (!content) {
					continue;
				}
				COSBase filter = stream.getDictionaryObject(COSName.FILTER);
				COSName only = filter instanceof COSName n ? n
						: filter instanceof COSArray a && a.size() == 1 && a.getObject(0) instanceof COSName n ? n : null;
				if (filter != null && !COSName.FLATE_DECODE.equals(only)) {
					throw new TooCostly("files.textTooCostly");
				}
				try (InputStream raw = stream.createRawInputStream();
						InputStream in = filter == null ? raw : new InflaterInputStream(raw)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > maxInflated) {
							throw new TooCostly("files.textTooLarge");
						}
					}
				}
				catch (java.util.zip.ZipException e) {
					// a damaged stream: the text reader skips it too
				}
				COSBase resources = stream.getDictionaryObject(COSName.RESOURCES);
				if (resources != null) {
					todo.add(resources);
				}
			}
			else if (base instanceof COSDictionary dict) {
				// resources: only their forms (XObject) and patterns draw content
				for (COSName key : List.of(COSName.XOBJECT, COSName.PATTERN)) {
					if (dict.getDictionaryObject(key) instanceof COSDictionary named) {
						named.getValues().forEach(todo::add);
					}
				}
			}
		}
	}
}

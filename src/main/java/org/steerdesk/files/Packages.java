package org.steerdesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Zip packages (DOCX, XLSX, ODT) measured as they really unpack: every part of the central
 * directory is inflated once, as a stream, counting; a package whose parts together unpack to more
 * than the limit, that holds too many parts or the same name twice, or that is damaged is refused
 * before anything else opens it. Nothing is ever inflated whole into memory here.
 */
final class Packages {

	/** What a package may cost. */
	record Limits(long maxUnpacked, int maxParts) {
	}

	/** Why a package is refused: its message key and the argument shown. */
	static final class Refused extends Exception {

		final String key;

		Refused(String key) {
			super(key, null, false, false);
			this.key = key;
		}
	}

	private Packages() {
	}

	/** Checks the package: refused when it unpacks beyond the limits or is damaged. */
	static void check(Path file, Limits limits) throws Refused {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long total = 0;
			int parts = 0;
			Set<String> names = new HashSet<>();
			byte[] buffer = new byte[64 * 1024];
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (++parts > limits.maxParts()) {
					throw new Refused("files.packageTooManyParts");
				}
				if (!names.add(entry.getName())) {
					throw new Refused("files.packageDamaged");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > limits.maxUnpacked()) {
							throw new Refused("files.packageTooLarge");
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			throw new Refused("files.packageDamaged");
		}
	}

	/** A part's relationships: id → (type, target resolved against the part's folder, external or not). */
	record Relation(String id, String type, String target, boolean external) {
	}

	/** The package's main document part (the office document relation of {@code _rels/.rels}), or the usual name. */
	static String mainPart(ZipFile zip) throws IOException {
		for (Relation r : relations(zip, "").values()) {
			if (r.type().endsWith("/officeDocument") && !r.external()) {
				return r.target();
			}
		}
		return "word/document.xml";
	}

	/** The relations of a part ("" for the package's own), targets resolved to part names. */
	static Map<String, Relation> relations(ZipFile zip, String part) throws IOException {
		int slash = part.lastIndexOf('/');
		String folder = slash < 0 ? "" : part.substring(0, slash + 1);
		String relsName = folder + "_rels/" + part.substring(slash + 1) + ".rels";
		Map<String, Relation> out = new HashMap<>();
		ZipEntry entry = zip.getEntry(relsName);
		if (entry == null) {
			return out;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = Xml.IN.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName()) && out.size() < 10_000) {
					String id = xml.getAttributeValue(null, "Id");
					String type = xml.getAttributeValue(null, "Type");
					String target = xml.getAttributeValue(null, "Target");
					boolean external = "External".equals(xml.getAttributeValue(null, "TargetMode"));
					if (id != null && type != null && target != null) {
						out.put(id, new Relation(id, type, external ? target : resolve(folder, target), external));
					}
				}
			}
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return out;
	}

	/** A relation's target as a part name: absolute from the package root, or relative to the part's folder. */
	static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target;
		java.util.Deque<String> parts = new java.util.ArrayDeque<>();
		for (String p : path.split("/")) {
			if (p.equals("..")) {
				parts.pollLast();
			}
			else if (!p.isEmpty() && !p.equals(".")) {
				parts.addLast(p);
			}
		}
		return String.join("/", parts);
	}
}

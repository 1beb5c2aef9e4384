package org.steerdesk.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A new PDF built from what draws another's pages: for each page its size, crop, rotation, content
 * and the resources the content uses (fonts, images, forms, colour spaces, patterns), copied
 * without their metadata streams, piece information, optional-content and structure links. Nothing
 * else comes along: no document information, no catalog (so no XMP, outlines, names, embedded or
 * attached files, forms, JavaScript, open actions), no annotations (so no authors of comments or
 * highlights), no page-level XMP, thumbnails or actions. JPEG images keep only their pixels.
 */
final class PdfCopy {

	/** Keys never copied from a resource's dictionary. */
	private static final Set<COSName> DROPPED = Set.of(COSName.METADATA, COSName.getPDFName("PieceInfo"), COSName.LAST_MODIFIED,
			COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS, COSName.ANNOTS, COSName.AA, COSName.A, COSName.getPDFName("OpenAction"),
			COSName.JS, COSName.JAVA_SCRIPT, COSName.URI, COSName.NAMES, COSName.EMBEDDED_FILES, COSName.EF, COSName.OC,
			COSName.getPDFName("OPI"), COSName.THUMB, COSName.ID, COSName.P, COSName.PARENT, COSName.INFO, COSName.LENGTH,
			COSName.getPDFName("Private"), COSName.getPDFName("PZ"), COSName.getPDFName("SeparationInfo"));

	private static final int MAX_DEPTH = 64;

	private PdfCopy() {
	}

	static void copy(Path file, OutputStream out) throws IOException {
		try (PDDocument source = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
				IOUtils.createTempFileOnlyStreamCache()); PDDocument copy = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			Map<COSBase, COSBase> cloned = new IdentityHashMap<>();
			for (PDPage page : source.getPages()) {
				COSDictionary p = new COSDictionary();
				p.setItem(COSName.TYPE, COSName.PAGE);
				p.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSObject());
				if (page.getCOSObject().containsKey(COSName.CROP_BOX)) {
					p.setItem(COSName.CROP_BOX, page.getCropBox().getCOSObject());
				}
				if (page.getRotation() != 0) {
					p.setInt(COSName.ROTATE, page.getRotation());
				}
				if (page.getResources() != null) {
					p.setItem(COSName.RESOURCES, clone(page.getResources().getCOSObject(), copy, cloned, 0));
				}
				COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
				if (contents != null) {
					p.setItem(COSName.CONTENTS, clone(contents, copy, cloned, 0));
				}
				copy.addPage(new PDPage(p));
			}
			copy.save(out);
		}
	}

	private static COSBase clone(COSBase given, PDDocument copy, Map<COSBase, COSBase> cloned, int depth) throws IOException {
		if (depth > MAX_DEPTH) {
			throw new IOException("resources nested too deep");
		}
		COSBase base = given instanceof COSObject o ? o.getObject() : given;
		if (base == null) {
			return COSNull.NULL;
		}
		COSBase done = cloned.get(base);
		if (done != null) {
			return done;
		}
		if (base instanceof COSStream stream) {
			COSStream s = copy.getDocument().createCOSStream();
			cloned.put(base, s);
			entries(stream, s, copy, cloned, depth);
			boolean jpeg = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) && COSName.DCT_DECODE.equals(stream.getDictionaryObject(COSName.FILTER));
			try (InputStream in = stream.createRawInputStream(); OutputStream o = s.createRawOutputStream()) {
				if (jpeg) {
					byte[] bytes = in.readAllBytes();
					byte[] clean = ImageMetadata.clean(bytes);
					o.write(clean == null ? bytes : clean);
				}
				else {
					in.transferTo(o);
				}
			}
			return s;
		}
		if (base instanceof COSDictionary dict) {
			COSDictionary d = new COSDictionary();
			cloned.put(base, d);
			entries(dict, d, copy, cloned, depth);
			return d;
		}
		if (base instanceof COSArray array) {
			COSArray a = new COSArray();
			cloned.put(base, a);
			for (int i = 0; i < array.size(); i++) {
				a.add(clone(array.get(i), copy, cloned, depth + 1));
			}
			return a;
		}
		return base;
	}

	private static void entries(COSDictionary from, COSDictionary to, PDDocument copy, Map<COSBase, COSBase> cloned, int depth) throws IOException {
		for (Map.Entry<COSName, COSBase> e : from.entrySet()) {
			if (!DROPPED.contains(e.getKey())) {
				to.setItem(e.getKey(), clone(e.getValue(), copy, cloned, depth + 1));
			}
		}
	}
}

package org.steerdesk.contests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import org.steerdesk.files.StoredFile;

/**
 * The copy of an entry's file a judge downloads: the document properties that could name the author
 * removed — a DOCX's creator, last modifier, company, manager and its comments' authors and
 * initials; a PDF's document information and XMP metadata. The text is untouched.
 */
@Component
class BlindCopies {

	private final EntryFiles files;

	BlindCopies(EntryFiles files) {
		this.files = files;
	}

	byte[] copy(StoredFile file) {
		ByteArrayOutputStream original = new ByteArrayOutputStream((int) Math.min(file.size(), 32 * 1024 * 1024));
		files.content(file, original);
		try {
			return "application/pdf".equals(file.mediaType()) ? pdf(original.toByteArray()) : docx(original.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pdf(byte[] bytes) throws IOException {
		try (PDDocument doc = Loader.loadPDF(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length)) {
			doc.setDocumentInformation(new PDDocumentInformation());
			doc.getDocumentCatalog().setMetadata(null);
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(byte[] bytes) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length)) {
			POIXMLProperties properties = doc.getProperties();
			properties.getCoreProperties().setCreator("");
			properties.getCoreProperties().setLastModifiedByUser("");
			properties.getCoreProperties().getUnderlyingProperties().setCreatorProperty("");
			properties.getExtendedProperties().getUnderlyingProperties().setCompany("");
			properties.getExtendedProperties().getUnderlyingProperties().setManager("");
			for (XWPFComment comment : doc.getComments()) {
				comment.setAuthor("");
				comment.setInitials("");
			}
			doc.write(out);
			return out.toByteArray();
		}
	}
}

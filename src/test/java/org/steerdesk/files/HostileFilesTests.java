package org.steerdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files are hostile until proven otherwise: generated DOCX and PDF files carrying the author's name
 * in any combination of the places a name hides go through text extraction and the safe copy a
 * blind judge receives; the copy never holds the name anywhere (any part, any object, UTF-8 or
 * UTF-16), still opens and still says the body; bombs of inflation and of parts are refused within
 * their bounds, never read on.
 */
class HostileFilesTests {

	static final FileText.Limits LIMITS = new FileText.Limits(2_000_000, 2000, 64L << 20, Duration.ofSeconds(20));

	@Provide
	Arbitrary<String> authors() {
		return Arbitraries.of("Nguyễn Văn Tâm", "Lê Thị Hoa", "tam.nguyen", "Trần Quốc Bảo").flatMap(
				name -> Arbitraries.strings().withCharRange('A', 'Z').ofLength(6).map(tag -> name + " " + tag));
	}

	@Property(tries = 40)
	void aDocxSafeCopyNamesNoAuthorAndKeepsTheText(@ForAll("authors") String author,
			@ForAll Set<HostileFiles.DocxCarrier> carriers) throws Exception {
		byte[] hostile = HostileFiles.docx(author, carriers);
		Path file = temp(hostile);
		Packages.check(file, new Packages.Limits(100L << 20, 1000));
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		DocxCopy.copy(file, copy);
		assertNoTrace(unzipped(copy.toByteArray()), author);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(copy.toByteArray()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains(HostileFiles.BODY).doesNotContain(HostileFiles.DELETED);
			if (carriers.contains(HostileFiles.DocxCarrier.TRACKED)) {
				assertThat(text.getText()).contains(HostileFiles.INSERTED);
			}
		}
		assertThat(FileText.read(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", LIMITS)).contains(HostileFiles.BODY);
		java.nio.file.Files.delete(file);
	}

	@Property(tries = 40)
	void aPdfSafeCopyNamesNoAuthorAndKeepsTheText(@ForAll("authors") String author, @ForAll Set<HostileFiles.PdfCarrier> carriers)
			throws Exception {
		Path file = temp(HostileFiles.pdf(author, carriers));
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		PdfCopy.copy(file, copy);
		try (PDDocument doc = Loader.loadPDF(copy.toByteArray())) {
			assertNoTrace(everything(doc), author);
			assertThat(new PDFTextStripper().getText(doc)).contains("Ban linh nguoi cam but");
			assertThat(doc.getPage(0).getAnnotations()).isEmpty();
			assertThat(doc.getDocumentCatalog().getNames()).isNull();
			assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
		}
		assertThat(FileText.read(file, "application/pdf", LIMITS)).contains("Ban linh nguoi cam but");
		java.nio.file.Files.delete(file);
	}

	@Example
	void theHostileOriginalsDoNameTheAuthorEverywhere() throws IOException {
		// the check above can fail: every carrier of the originals is seen by it
		for (HostileFiles.DocxCarrier carrier : HostileFiles.DocxCarrier.values()) {
			if (carrier != HostileFiles.DocxCarrier.RSID) {
				assertThatThrownBy(() -> assertNoTrace(unzipped(HostileFiles.docx("Lê Thị Hoa", Set.of(carrier))), "Lê Thị Hoa"))
					.as(carrier.name()).isInstanceOf(AssertionError.class);
			}
		}
		for (HostileFiles.PdfCarrier carrier : HostileFiles.PdfCarrier.values()) {
			try (PDDocument doc = Loader.loadPDF(HostileFiles.pdf("Le Thi Hoa", Set.of(carrier)))) {
				assertThatThrownBy(() -> assertNoTrace(everything(doc), "Le Thi Hoa")).as(carrier.name()).isInstanceOf(AssertionError.class);
			}
		}
	}

	@Example
	void aWordDocumentsLayoutSurvivesItsSafeCopy() throws Exception {
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("Mở đầu");
			org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(2, 2);
			table.getRow(0).getCell(0).setText("Năm");
			table.getRow(0).getCell(1).setText("Số bài");
			table.getRow(1).getCell(0).setText("2022");
			table.getRow(1).getCell(1).setText("29.812");
			org.apache.poi.xwpf.usermodel.XWPFRun picture = doc.createParagraph().createRun();
			picture.addPicture(new ByteArrayInputStream(HostileFiles.jpegWithExif("Lê Thị Hoa")), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
					"Lê Thị Hoa.jpg", 95250, 95250);
			doc.createHeaderFooterPolicy().createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
				.setText("Lê Thị Hoa");
			doc.getProperties().getCoreProperties().setCreator("Lê Thị Hoa");
			doc.write(original);
		}
		Path file = temp(original.toByteArray());
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		DocxCopy.copy(file, copy);
		assertNoTrace(unzipped(copy.toByteArray()), "Lê Thị Hoa");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(copy.toByteArray()))) {
			assertThat(doc.getTables()).hasSize(1);
			assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("29.812");
			assertThat(doc.getAllPictures()).hasSize(1);
			assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(doc.getAllPictures().get(0).getData())).getWidth()).isEqualTo(8);
			assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Mở đầu");
		}
	}

	@Example
	void picturesKeepTheirPixelsAndLoseTheirText() throws IOException {
		byte[] jpeg = ImageMetadata.clean(HostileFiles.jpegWithExif("Lê Thị Hoa"));
		byte[] png = ImageMetadata.clean(HostileFiles.pngWithText("Lê Thị Hoa"));
		assertNoTrace(jpeg, "Lê Thị Hoa");
		assertNoTrace(png, "Lê Thị Hoa");
		assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(8);
		assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(4);
		assertThat(ImageMetadata.clean("GIF89a not an image we copy".getBytes(StandardCharsets.ISO_8859_1))).isNull();
	}

	@Example
	void aPackageThatUnpacksBeyondTheLimitIsRefusedBeforeAnythingOpensIt() throws IOException {
		Path bomb = temp(HostileFiles.docxBomb(150L << 20));
		assertThat(java.nio.file.Files.size(bomb)).isLessThan(1L << 20);
		assertThatThrownBy(() -> Packages.check(bomb, new Packages.Limits(100L << 20, 1000)))
			.isInstanceOfSatisfying(Packages.Refused.class, e -> assertThat(e.key).isEqualTo("files.packageTooLarge"));
		Path parts = temp(HostileFiles.docxManyParts(1200));
		assertThatThrownBy(() -> Packages.check(parts, new Packages.Limits(100L << 20, 1000)))
			.isInstanceOfSatisfying(Packages.Refused.class, e -> assertThat(e.key).isEqualTo("files.packageTooManyParts"));
		Path damaged = temp("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> Packages.check(damaged, new Packages.Limits(100L << 20, 1000)))
			.isInstanceOfSatisfying(Packages.Refused.class, e -> assertThat(e.key).isEqualTo("files.packageDamaged"));
	}

	@Example
	void aPdfWhosePagesInflateBeyondTheLimitIsRefusedNotRead() throws IOException {
		Path bomb = temp(HostileFiles.pdfBomb(80L << 20));
		assertThat(java.nio.file.Files.size(bomb)).isLessThan(1L << 20);
		assertThatThrownBy(() -> FileText.read(bomb, "application/pdf", LIMITS))
			.isInstanceOfSatisfying(FileText.TooCostly.class, e -> assertThat(e.key).isEqualTo("files.textTooLarge"));
		// within the limit, the same kind of file is read
		Path small = temp(HostileFiles.pdfBomb(2L << 20));
		assertThat(FileText.TooCostly.class).isNotNull();
		try {
			FileText.read(small, "application/pdf", LIMITS);
		}
		catch (FileText.TooCostly e) {
			throw new AssertionError("a page of 2 MB of content is read", e);
		}
	}

	@Example
	void aTextLongerThanTheLimitIsCutNotRefused() throws Exception {
		Path file = temp(HostileFiles.docx("x", Set.of()));
		assertThat(FileText.read(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				new FileText.Limits(10, 10, 1 << 20, Duration.ofSeconds(5)))).hasSize(10);
	}

	@Example
	void namesThatReadOtherwiseThanTheyAreAreRefused() {
		assertThat(FileContent.name("bai\u202Efdp.exe")).isNull();
		assertThat(FileContent.name("bai\u200Bthi.pdf")).isNull();
		assertThat(FileContent.name("bai\tthi.pdf")).isNull();
		assertThat(FileContent.name("bài thi.pdf")).isEqualTo("bài thi.pdf");
		assertThat(FileContent.named("bai.pdf.hta", "pdf")).isEqualTo("bai.pdf.pdf");
		assertThat(FileContent.named("bai", "docx")).isEqualTo("bai.docx");
	}

	/** Every byte of every part, inflated. */
	static byte[] unzipped(byte[] zip) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				all.write(e.getName().getBytes(StandardCharsets.UTF_8));
				in.transferTo(all);
			}
		}
		return all.toByteArray();
	}

	/** Every string, name and decoded stream of every object of the document. */
	static byte[] everything(PDDocument doc) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
			walk(doc.getDocument().getObjectFromPool(key), all, seen);
		}
		walk(doc.getDocument().getTrailer(), all, seen);
		return all.toByteArray();
	}

	private static void walk(COSBase base, ByteArrayOutputStream all, Set<COSBase> seen) throws IOException {
		if (base instanceof COSObject o) {
			base = o.getObject();
		}
		if (base == null || !seen.add(base)) {
			return;
		}
		if (base instanceof COSString s) {
			all.write(s.getBytes());
			all.write(s.getString().getBytes(StandardCharsets.UTF_8));
		}
		else if (base instanceof COSName n) {
			all.write(n.getName().getBytes(StandardCharsets.UTF_8));
		}
		else if (base instanceof COSArray a) {
			for (COSBase b : a) {
				walk(b, all, seen);
			}
		}
		else if (base instanceof COSDictionary d) {
			for (java.util.Map.Entry<COSName, COSBase> e : d.entrySet()) {
				walk(e.getKey(), all, seen);
				walk(e.getValue(), all, seen);
			}
			if (base instanceof COSStream s) {
				try (InputStream raw = s.createRawInputStream()) {
					raw.transferTo(all);
				}
				try (InputStream in = s.createInputStream()) {
					in.transferTo(all);
				}
				catch (IOException e) {
					// a filter PDFBox cannot undo (an image's): its raw bytes were checked
				}
			}
		}
	}

	static void assertNoTrace(byte[] bytes, String author) {
		String utf8 = new String(bytes, StandardCharsets.UTF_8);
		String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
		String latin = new String(bytes, StandardCharsets.ISO_8859_1);
		String ascii = org.steerdesk.shared.VietnameseText.searchKey(author);
		for (String haystack : new String[] { utf8, utf16, latin }) {
			assertThat(haystack).doesNotContain(author);
			assertThat(org.steerdesk.shared.VietnameseText.searchKey(haystack)).doesNotContain(ascii);
		}
	}

	static Path temp(byte[] bytes) throws IOException {
		Path file = java.nio.file.Files.createTempFile("hostile", ".bin");
		java.nio.file.Files.write(file, bytes);
		file.toFile().deleteOnExit();
		return file;
	}
}

package org.steerdesk.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Hostile documents, made to order: DOCX and PDF files carrying the author's name in every place a
 * name hides (the carriers chosen), pictures with EXIF and text chunks, and inflation and part-count
 * bombs. The body text never holds the name, so a copy that holds it anywhere has leaked it.
 */
public final class HostileFiles {

	/** The body text every hostile document carries. */
	public static final String BODY = "Bài dự thi về báo chí cách mạng trong thời kỳ mới";

	public static final String INSERTED = "những dòng được chèn thêm";

	public static final String DELETED = "những dòng đã bị xoá";

	/** The places of a DOCX that can name its author. */
	public enum DocxCarrier {
		CORE, APP, CUSTOM, PEOPLE, COMMENTS, TRACKED, TEMPLATE, HEADER, PERMISSION, AUTHOR_FIELD, SIMPLE_FIELD, PICTURE_NAME, JPEG_EXIF,
		PNG_TEXT, CUSTOM_XML, RSID
	}

	/** The places of a PDF that can name its author. */
	public enum PdfCarrier {
		INFO, XMP, PAGE_XMP, ANNOTATION, EMBEDDED_FILE, OUTLINE, IMAGE_XMP, JPEG_EXIF, PIECE_INFO
	}

	private HostileFiles() {
	}

	/** A DOCX naming {@code author} in each carrier given (and never in its body). */
	public static byte[] docx(String author, java.util.Set<DocxCarrier> carriers) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		StringBuilder types = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>\
				<Default Extension="png" ContentType="image/png"/>\
				<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>""");
		StringBuilder rootRels = new StringBuilder(rel("rId1", "officeDocument", "word/document.xml"));
		StringBuilder docRels = new StringBuilder();
		if (carriers.contains(DocxCarrier.CORE)) {
			parts.put("docProps/core.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
					+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Bài của " + author + "</dc:title><dc:creator>" + author
					+ "</dc:creator><cp:lastModifiedBy>" + author + "</cp:lastModifiedBy></cp:coreProperties>").getBytes(StandardCharsets.UTF_8));
			types.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
			rootRels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
		}
		if (carriers.contains(DocxCarrier.APP)) {
			parts.put("docProps/app.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
					+ "<Template>C:\\Users\\" + author + "\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm</Template><Company>" + author
					+ "</Company><Manager>" + author + "</Manager></Properties>").getBytes(StandardCharsets.UTF_8));
			types.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
			rootRels.append(rel("rId3", "extended-properties", "docProps/app.xml"));
		}
		if (carriers.contains(DocxCarrier.CUSTOM)) {
			parts.put("docProps/custom.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
					+ " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Tác giả\"><vt:lpwstr>"
					+ author + "</vt:lpwstr></property></Properties>").getBytes(StandardCharsets.UTF_8));
			types.append("<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>");
			rootRels.append(rel("rId4", "custom-properties", "docProps/custom.xml"));
		}
		if (carriers.contains(DocxCarrier.PEOPLE)) {
			parts.put("word/people.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"><w15:person w15:author=\""
					+ author + "\"><w15:presenceInfo w15:providerId=\"None\" w15:userId=\"" + author + "\"/></w15:person></w15:people>")
				.getBytes(StandardCharsets.UTF_8));
			docRels.append("<Relationship Id=\"rIdP\" Type=\"http://schemas.microsoft.com/office/2011/relationships/people\" Target=\"people.xml\"/>");
		}
		if (carriers.contains(DocxCarrier.COMMENTS)) {
			parts.put("word/comments.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"" + DocxCopy.W + "\"><w:comment w:id=\"0\" w:author=\""
					+ author + "\" w:initials=\"NVT\"><w:p><w:r><w:t>Sửa lại — " + author + "</w:t></w:r></w:p></w:comment></w:comments>")
				.getBytes(StandardCharsets.UTF_8));
			docRels.append(rel("rIdC", "comments", "comments.xml"));
		}
		if (carriers.contains(DocxCarrier.TEMPLATE)) {
			parts.put("word/settings.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:settings xmlns:w=\"" + DocxCopy.W
					+ "\" xmlns:r=\"" + DocxCopy.R + "\"><w:attachedTemplate r:id=\"rIdT\"/><w:docVars><w:docVar w:name=\"who\" w:val=\"" + author
					+ "\"/></w:docVars></w:settings>").getBytes(StandardCharsets.UTF_8));
			parts.put("word/_rels/settings.xml.rels", relations("<Relationship Id=\"rIdT\" Type=\"" + DocxCopy.R
					+ "/attachedTemplate\" Target=\"file:///C:/Users/" + author + "/Templates/Mau.dotm\" TargetMode=\"External\"/>"));
			docRels.append(rel("rIdS", "settings", "settings.xml"));
		}
		if (carriers.contains(DocxCarrier.HEADER)) {
			parts.put("word/header1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"" + DocxCopy.W + "\"><w:p><w:r><w:t>" + author
					+ "</w:t></w:r></w:p></w:hdr>").getBytes(StandardCharsets.UTF_8));
			docRels.append(rel("rIdH", "header", "header1.xml"));
		}
		if (carriers.contains(DocxCarrier.CUSTOM_XML)) {
			parts.put("customXml/item1.xml", ("<tacgia>" + author + "</tacgia>").getBytes(StandardCharsets.UTF_8));
		}
		if (carriers.contains(DocxCarrier.JPEG_EXIF)) {
			parts.put("word/media/image1.jpeg", jpegWithExif(author));
			docRels.append(rel("rIdJ", "image", "media/image1.jpeg"));
		}
		if (carriers.contains(DocxCarrier.PNG_TEXT)) {
			parts.put("word/media/image2.png", pngWithText(author));
			docRels.append(rel("rIdN", "image", "media/image2.png"));
		}
		StringBuilder body = new StringBuilder();
		String rsid = carriers.contains(DocxCarrier.RSID) ? " w:rsidR=\"00" + Math.abs(author.hashCode()) % 100000 + "\"" : "";
		body.append("<w:p").append(rsid).append(">");
		if (carriers.contains(DocxCarrier.PERMISSION)) {
			body.append("<w:permStart w:id=\"1\" w:ed=\"").append(author).append("\"/>");
		}
		if (carriers.contains(DocxCarrier.COMMENTS)) {
			body.append("<w:commentRangeStart w:id=\"0\"/>");
		}
		body.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").append(BODY).append("</w:t></w:r>");
		if (carriers.contains(DocxCarrier.COMMENTS)) {
			body.append("<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>");
		}
		if (carriers.contains(DocxCarrier.PERMISSION)) {
			body.append("<w:permEnd w:id=\"1\"/>");
		}
		body.append("</w:p>");
		if (carriers.contains(DocxCarrier.TRACKED)) {
			body.append("<w:p><w:ins w:id=\"2\" w:author=\"").append(author).append("\" w:date=\"2023-03-01T10:00:00Z\"><w:r><w:t>").append(INSERTED)
				.append("</w:t></w:r></w:ins><w:del w:id=\"3\" w:author=\"").append(author).append("\" w:date=\"2023-03-01T10:00:00Z\"><w:r><w:delText>")
				.append(DELETED).append("</w:delText></w:r></w:del></w:p>");
			body.append("<w:p><w:pPr><w:rPr><w:ins w:id=\"4\" w:author=\"").append(author).append("\" w:date=\"2023-03-01T10:00:00Z\"/></w:rPr></w:pPr>"
					+ "<w:r><w:rPr><w:rPrChange w:id=\"5\" w:author=\"").append(author).append("\"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>.</w:t></w:r></w:p>");
		}
		if (carriers.contains(DocxCarrier.AUTHOR_FIELD)) {
			body.append("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> AUTHOR \\* MERGEFORMAT </w:instrText></w:r>"
					+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>").append(author)
				.append("</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
		}
		if (carriers.contains(DocxCarrier.SIMPLE_FIELD)) {
			body.append("<w:p><w:fldSimple w:instr=\" USERNAME \"><w:r><w:t>").append(author).append("</w:t></w:r></w:fldSimple></w:p>");
		}
		if (carriers.contains(DocxCarrier.JPEG_EXIF) || carriers.contains(DocxCarrier.PICTURE_NAME)) {
			String embed = carriers.contains(DocxCarrier.JPEG_EXIF) ? "rIdJ" : "rIdMissing";
			body.append("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"9525\" cy=\"9525\"/><wp:docPr id=\"1\" name=\"")
				.append(carriers.contains(DocxCarrier.PICTURE_NAME) ? author + ".jpg" : "Picture 1").append("\" descr=\"")
				.append(carriers.contains(DocxCarrier.PICTURE_NAME) ? "C:\\Users\\" + author + "\\anh.jpg" : "").append("\"/>")
				.append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"")
				.append(carriers.contains(DocxCarrier.PICTURE_NAME) ? author : "anh").append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
				.append(embed).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"9525\" cy=\"9525\"/></a:xfrm>")
				.append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
		}
		if (carriers.contains(DocxCarrier.PNG_TEXT)) {
			body.append("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"9525\" cy=\"9525\"/><wp:docPr id=\"2\" name=\"Picture 2\"/>")
				.append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr>")
				.append("<pic:blipFill><a:blip r:embed=\"rIdN\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
		}
		body.append("<w:sectPr>").append(carriers.contains(DocxCarrier.HEADER) ? "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>" : "")
			.append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
		parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + DocxCopy.W + "\" xmlns:r=\""
				+ DocxCopy.R + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
				+ " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
				+ " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
				+ " mc:Ignorable=\"w14\"><w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
		parts.put("word/_rels/document.xml.rels", relations(docRels.toString()));
		parts.put("_rels/.rels", relations(rootRels.toString()));
		parts.put("[Content_Types].xml", types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	/** A PDF naming {@code author} in each carrier given (and never in its page text). */
	public static byte[] pdf(String author, java.util.Set<PdfCarrier> carriers) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDImageXObject image = carriers.contains(PdfCarrier.JPEG_EXIF) || carriers.contains(PdfCarrier.IMAGE_XMP)
					? JPEGFactory.createFromByteArray(doc, jpegWithExif(author)) : null;
			if (image != null && carriers.contains(PdfCarrier.IMAGE_XMP)) {
				PDMetadata xmp = new PDMetadata(doc);
				xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>" + author
						+ "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
				image.getCOSObject().setItem(COSName.METADATA, xmp);
			}
			try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(50, 700);
				text.showText("Ban linh nguoi cam but");
				text.endText();
				if (image != null) {
					text.drawImage(image, 50, 500, 20, 20);
				}
			}
			if (carriers.contains(PdfCarrier.INFO)) {
				doc.getDocumentInformation().setAuthor(author);
				doc.getDocumentInformation().setTitle("Bai cua " + author);
				doc.getDocumentInformation().setCustomMetadataValue("Owner", author);
			}
			if (carriers.contains(PdfCarrier.XMP)) {
				PDMetadata xmp = new PDMetadata(doc);
				xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'>" + author
						+ "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
				doc.getDocumentCatalog().setMetadata(xmp);
			}
			if (carriers.contains(PdfCarrier.PAGE_XMP)) {
				PDMetadata xmp = new PDMetadata(doc);
				xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><pdf:Author xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>" + author
						+ "</pdf:Author></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
				page.setMetadata(xmp);
			}
			if (carriers.contains(PdfCarrier.ANNOTATION)) {
				PDAnnotationText note = new PDAnnotationText();
				note.setTitlePopup(author);
				note.setContents("Ghi chú của " + author);
				note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 20, 20));
				page.getAnnotations().add(note);
			}
			if (carriers.contains(PdfCarrier.EMBEDDED_FILE)) {
				PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(("Tac gia: " + author).getBytes(StandardCharsets.UTF_8)));
				PDComplexFileSpecification spec = new PDComplexFileSpecification();
				spec.setFile(author + ".txt");
				spec.setEmbeddedFile(file);
				PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
				tree.setNames(Map.of(author + ".txt", spec));
				PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
				names.setEmbeddedFiles(tree);
				doc.getDocumentCatalog().setNames(names);
			}
			if (carriers.contains(PdfCarrier.OUTLINE)) {
				PDDocumentOutline outline = new PDDocumentOutline();
				PDOutlineItem item = new PDOutlineItem();
				item.setTitle(author);
				outline.addLast(item);
				doc.getDocumentCatalog().setDocumentOutline(outline);
			}
			if (carriers.contains(PdfCarrier.PIECE_INFO)) {
				org.apache.pdfbox.cos.COSDictionary piece = new org.apache.pdfbox.cos.COSDictionary();
				piece.setString("Private", author);
				page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), piece);
				page.getResources().getCOSObject().setItem(COSName.getPDFName("PieceInfo"), piece);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A PDF whose one page's content stream inflates to {@code inflated} bytes of spaces. */
	public static byte[] pdfBomb(long inflated) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			COSStream stream = doc.getDocument().createCOSStream();
			try (java.io.OutputStream raw = stream.createRawOutputStream();
					DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
				byte[] spaces = new byte[1 << 20];
				java.util.Arrays.fill(spaces, (byte) ' ');
				for (long written = 0; written < inflated; written += spaces.length) {
					deflate.write(spaces);
				}
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			page.getCOSObject().setItem(COSName.CONTENTS, stream);
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A valid DOCX with an unreferenced part that inflates to {@code inflated} bytes. */
	public static byte[] docxBomb(long inflated) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			byte[] plain = docx("x", java.util.Set.of());
			try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain))) {
				for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
					zip.putNextEntry(new ZipEntry(e.getName()));
					in.transferTo(zip);
					zip.closeEntry();
				}
			}
			zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < inflated; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** A valid DOCX with {@code extra} more (empty) parts. */
	public static byte[] docxManyParts(int extra) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx("x", java.util.Set.of())))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		for (int i = 0; i < extra; i++) {
			parts.put("customXml/part" + i + ".xml", new byte[0]);
		}
		return zip(parts);
	}

	/** A small JPEG whose EXIF (APP1) and comment (COM) name {@code author}. */
	public static byte[] jpegWithExif(String author) throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] name = author.getBytes(StandardCharsets.UTF_8);
		byte[] utf16 = author.getBytes(StandardCharsets.UTF_16LE);
		ByteArrayOutputStream exif = new ByteArrayOutputStream();
		exif.write("Exif\0\0Artist=".getBytes(StandardCharsets.ISO_8859_1));
		exif.write(name);
		exif.write(0);
		exif.write(utf16);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		segment(out, 0xE1, exif.toByteArray());
		segment(out, 0xFE, name);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A small PNG whose text chunk names {@code author}. */
	public static byte[] pngWithText(String author) throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", plain);
		byte[] png = plain.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33); // signature and IHDR
		byte[] data = ("Author\0" + author).getBytes(StandardCharsets.UTF_8);
		byte[] type = "iTXt".getBytes(StandardCharsets.ISO_8859_1);
		out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(type);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xFF);
		out.write(marker);
		out.write((data.length + 2) >> 8);
		out.write((data.length + 2) & 0xFF);
		out.write(data, 0, data.length);
	}

	private static String rel(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"" + DocxCopy.R + "/" + type + "\" Target=\"" + target + "\"/>";
	}

	private static byte[] relations(String body) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ body + "</Relationships>").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(Map<String, byte[]> parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> p : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(p.getKey()));
				zip.write(p.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}

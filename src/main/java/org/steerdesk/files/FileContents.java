package org.steerdesk.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.steerdesk.shared.RefusedRequestException;

/**
 * What is read out of a stored document, always within bounds: its text (for counting words and
 * comparing entries) and its safe copy (what a blind judge receives, rebuilt from the text and
 * layout, {@link DocxCopy}, {@link PdfCopy}). The stored content is first written to a temporary
 * file, so nothing is whole in memory; a package was measured when it was uploaded.
 */
@Service
public class FileContents {

	private final Files files;

	private final FileText.Limits limits;

	FileContents(Files files, @Value("${steerdesk.files.text-max-chars:2000000}") int maxChars,
			@Value("${steerdesk.files.text-max-pages:2000}") int maxPages,
			@Value("${steerdesk.files.text-max-inflated:64MB}") DataSize maxInflated,
			@Value("${steerdesk.files.text-max-time:PT20S}") Duration maxTime) {
		this.files = files;
		this.limits = new FileText.Limits(maxChars, maxPages, maxInflated.toBytes(), maxTime);
	}

	/**
	 * The document's text, at most the limit's characters.
	 * @throws FileText.TooCostly when reading it would cost more than the limits (its key says why)
	 */
	public String text(StoredFile file) throws FileText.TooCostly {
		Path temp = temp(file);
		try {
			return FileText.read(temp, file.mediaType(), limits);
		}
		finally {
			temp.toFile().delete();
		}
	}

	/** A document's safe copy: a DOCX or PDF rebuilt from its text and layout only, or 422 when it cannot be read. */
	public byte[] safeCopy(StoredFile file) {
		Path temp = temp(file);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(file.size() + 4096, 32 * 1024 * 1024))) {
			switch (file.mediaType()) {
				case "application/pdf" -> PdfCopy.copy(temp, out);
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DocxCopy.copy(temp, out);
				default -> throw new RefusedRequestException(422, "files.noSafeCopy", null, null, file.name());
			}
			return out.toByteArray();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RefusedRequestException r) {
				throw r;
			}
			throw new RefusedRequestException(422, "files.noSafeCopy", null, null, file.name());
		}
		finally {
			temp.toFile().delete();
		}
	}


	private Path temp(StoredFile file) {
		try {
			Path temp = java.nio.file.Files.createTempFile("steerdesk-file", ".bin");
			try (OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
				files.write(file, out);
			}
			return temp;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

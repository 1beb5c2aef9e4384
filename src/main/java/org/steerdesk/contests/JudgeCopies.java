package org.steerdesk.contests;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.StoredFile;
import org.steerdesk.shared.NotFoundException;

/**
 * What a judge sees of an entry's files: their type and size, never their names (a name may carry
 * the author's); downloads named by the entry's code, as blind copies. The caller has checked the
 * actor judges the entry.
 */
@Service
public class JudgeCopies {

	/** A file as a judge sees it. */
	public record Blind(long id, String name, String type, long size) {
	}

	private final EntryFiles files;

	private final BlindCopies copies;

	JudgeCopies(EntryFiles files, BlindCopies copies) {
		this.files = files;
		this.copies = copies;
	}

	public List<Blind> files(Entry entry) {
		List<StoredFile> list = files.of(entry);
		return java.util.stream.IntStream.range(0, list.size())
			.mapToObj(i -> new Blind(list.get(i).id(), name(entry, i, list.get(i)), Files.extension(list.get(i).mediaType()).toUpperCase(),
					list.get(i).size()))
			.toList();
	}

	public ResponseEntity<byte[]> download(Entry entry, long fileId) {
		List<StoredFile> list = files.of(entry);
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id() == fileId) {
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(list.get(i).mediaType()))
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(name(entry, i, list.get(i)), StandardCharsets.UTF_8).build().toString())
					.header("X-Content-Type-Options", "nosniff")
					.body(copies.copy(list.get(i)));
			}
		}
		throw new NotFoundException("File " + fileId);
	}

	private static String name(Entry entry, int index, StoredFile file) {
		return entry.code() + (index == 0 ? "" : "-" + (index + 1)) + "." + Files.extension(file.mediaType());
	}
}

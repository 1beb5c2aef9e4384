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
 * the author's); downloads named by the entry's blind code, as safe copies rebuilt from the text and
 * layout ({@link org.steerdesk.files.FileContents#safeCopy}). The caller has checked the actor
 * judges the entry.
 */
@Service
public class JudgeCopies {

	/** A file as a judge sees it. */
	public record Blind(long id, String name, String type, long size) {
	}

	private final EntryFiles files;

	private final org.steerdesk.files.FileContents contents;

	private final org.steerdesk.shared.HeavyWork heavy;

	JudgeCopies(EntryFiles files, org.steerdesk.files.FileContents contents, org.steerdesk.shared.HeavyWork heavy) {
		this.files = files;
		this.contents = contents;
		this.heavy = heavy;
	}

	public List<Blind> files(Entry entry) {
		List<StoredFile> list = files.of(entry);
		return java.util.stream.IntStream.range(0, list.size())
			.mapToObj(i -> new Blind(list.get(i).id(), name(entry, i, list.get(i)), Files.extension(list.get(i).mediaType()).toUpperCase(),
					list.get(i).size()))
			.toList();
	}

	/** The blind copy of one of the entry's files, built for the judge within the heavy-work limits. */
	public ResponseEntity<byte[]> download(Entry entry, long fileId, String judge) {
		List<StoredFile> list = files.of(entry);
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).id() == fileId) {
				StoredFile file = list.get(i);
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(list.get(i).mediaType()))
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(name(entry, i, list.get(i)), StandardCharsets.UTF_8).build().toString())
					.header("X-Content-Type-Options", "nosniff")
					.body(heavy.run("blind-copy", judge, () -> contents.safeCopy(file)));
			}
		}
		throw new NotFoundException("File " + fileId);
	}

	private static String name(Entry entry, int index, StoredFile file) {
		return entry.blindCode() + (index == 0 ? "" : "-" + (index + 1)) + "." + Files.extension(file.mediaType());
	}
}

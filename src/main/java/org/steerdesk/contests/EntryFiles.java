package org.steerdesk.contests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.files.StoredFile;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.Violations;
import org.xml.sax.SAXException;

/**
 * An entry's file (PDF or DOCX only, typed by content): added by the contest's secretariat or the
 * entering unit's editors until the results are confirmed, read in full by the contest's readers;
 * its words are counted from its text (Apache Tika) when it is added. Judges download it blind
 * through {@link BlindCopies}.
 */
@Service
public class EntryFiles extends RecordFiles {

	static final String RECORD = "contest-entry";

	/** The most characters of an entry's text read to count its words. */
	static final int MAX_TEXT = 5_000_000;

	private final JdbcClient jdbc;

	private final Contests contests;

	private final OrgAccess access;

	private final Files files;

	EntryFiles(Files files, JdbcClient jdbc, Contests contests, OrgAccess access) {
		super(files);
		this.files = files;
		this.jdbc = jdbc;
		this.contests = contests;
		this.access = access;
	}

	@Override
	public String register() {
		return "contest-entries";
	}

	@Override
	protected String ownerType() {
		return RECORD;
	}

	@Override
	protected Set<String> types() {
		return Files.types("pdf", "docx");
	}

	@Override
	protected String key(String code, Permission permission, Actor actor) {
		long id = id(code);
		Entry entry = jdbc.sql("SELECT * FROM contest_entries WHERE id = ?").param(id).query(ContestEntries::map).optional()
			.orElseThrow(() -> new NotFoundException("Entry " + id));
		Contest contest = jdbc.sql("SELECT * FROM contests WHERE id = ?").param(entry.contestId()).query(Contests::map).single();
		boolean ok = permission == Permission.READ ? contests.reads(contest, actor)
				: !contest.confirmed() && (contests.manages(contest, actor) || access.may(actor, Permission.EDIT_RECORDS, entry.unitId()));
		if (!ok) {
			throw new AccessDeniedException("error.access.scope");
		}
		return String.valueOf(id);
	}

	/** The entry's words: every file's text counted, whitespace-separated tokens holding a letter or a digit. */
	@Override
	protected void added(String code, List<StoredFile> added) {
		long words = 0;
		StringBuilder all = new StringBuilder();
		for (StoredFile file : files.of(RECORD, code)) {
			String text = text(file);
			words += words(text);
			if (all.length() < MAX_TEXT) {
				all.append(text).append('\n');
			}
		}
		jdbc.sql("UPDATE contest_entries SET word_count = ?, fingerprint = ? WHERE id = ?")
			.params((int) Math.min(words, Integer.MAX_VALUE), Fingerprints.of(all.toString()), id(code)).update();
	}

	/** The files of an entry, for those who may read it (or, unchecked, for the judging pages which check the judge). */
	List<StoredFile> of(Entry entry) {
		return files.of(RECORD, String.valueOf(entry.id()));
	}

	/** A file's content, for a blind copy. */
	void content(StoredFile file, OutputStream out) {
		files.write(file, out);
	}

	/** A file's text, read by Tika from a temporary copy (at most {@value #MAX_TEXT} characters). */
	String text(StoredFile file) {
		Path temp = null;
		try {
			temp = java.nio.file.Files.createTempFile("entry", ".bin");
			try (OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
				files.write(file, out);
			}
			BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
			try (InputStream in = java.nio.file.Files.newInputStream(temp)) {
				new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
			}
			catch (SAXException | TikaException e) {
				// a text longer than the limit, or a damaged file: count what was read
			}
			return handler.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (temp != null) {
				temp.toFile().delete();
			}
		}
	}

	static long words(String text) {
		long n = 0;
		for (String token : text.split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				n++;
			}
		}
		return n;
	}

	static long id(String code) {
		try {
			return Long.parseLong(code);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("Entry " + Violations.shown(code));
		}
	}
}

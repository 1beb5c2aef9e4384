package org.steerdesk.contests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.steerdesk.files.FileContents;
import org.steerdesk.files.FileText;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.files.StoredFile;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.HeavyWork;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.shared.Violations;

/**
 * An entry's file (PDF or DOCX only, typed by content): added or removed by the contest's
 * secretariat or the entering unit's editors while the contest takes entries — never after its
 * close, once a judge has scored the entry, or once the results are confirmed, so what the judges
 * score is what was submitted; read in full by the contest's readers (never its judges, who
 * download blind copies through {@link JudgeCopies}). Each file's text is read once, when it is
 * added, within the bounds of {@link FileContents}: its words and fingerprint are kept with it, and
 * the entry's are their sum and union.
 */
@Service
public class EntryFiles extends RecordFiles {

	static final String RECORD = "contest-entry";

	private final JdbcClient jdbc;

	private final Contests contests;

	private final OrgAccess access;

	private final Files files;

	private final FileContents contents;

	private final HeavyWork heavy;

	EntryFiles(Files files, JdbcClient jdbc, Contests contests, OrgAccess access, FileContents contents, HeavyWork heavy) {
		super(files);
		this.files = files;
		this.jdbc = jdbc;
		this.contests = contests;
		this.access = access;
		this.contents = contents;
		this.heavy = heavy;
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
		if (contests.sight(contest, actor) == Contests.Sight.BLIND || !contests.sees(contest, entry, actor)) {
			throw new AccessDeniedException("error.access.scope");
		}
		if (permission != Permission.READ) {
			if (!contests.manages(contest, actor) && !access.may(actor, Permission.EDIT_RECORDS, entry.unitId())) {
				throw new AccessDeniedException("error.access.scope");
			}
			if (frozen(contest, entry)) {
				new Violations().add("files", "contests.filesFrozen").throwIfAny();
			}
		}
		return String.valueOf(id);
	}

	/** Whether the entry's files can no longer change: the contest closed, a judge scored the entry, or results confirmed. */
	boolean frozen(Contest contest, Entry entry) {
		return contest.confirmed() || java.time.OffsetDateTime.now().isAfter(ProvinceTime.endOf(contest.closesOn()))
				|| jdbc.sql("SELECT COUNT(*) FROM contest_sheets WHERE entry_id = ?").param(entry.id()).query(Long.class).single() > 0;
	}

	/** Reads each added file's text once (bounded); a file too costly to read is refused, and with it the whole upload. */
	@Override
	protected void added(String code, List<StoredFile> added) {
		long entryId = id(code);
		Violations v = new Violations();
		List<Object[]> read = new ArrayList<>();
		for (StoredFile file : added) {
			try {
				String text = heavy.run("text", file.addedBy(), () -> {
					try {
						return contents.text(file);
					}
					catch (FileText.TooCostly e) {
						throw new Costly(e);
					}
				});
				read.add(new Object[] { file.id(), (int) Math.min(words(text), Integer.MAX_VALUE), Fingerprints.of(text) });
			}
			catch (Costly e) {
				v.add("files", e.cause.key, file.name());
			}
		}
		v.throwIfAny();
		for (Object[] r : read) {
			jdbc.sql("INSERT INTO contest_entry_texts (link_id, entry_id, words, fingerprint) VALUES (?, ?, ?, ?)").params(r[0], entryId, r[1], r[2])
				.update();
		}
		total(entryId);
	}

	@Override
	protected void removed(String code, StoredFile removed) {
		jdbc.sql("DELETE FROM contest_entry_texts WHERE link_id = ?").param(removed.id()).update();
		total(id(code));
	}

	/** The entry's words (the sum of its files') and fingerprint (the union of its files' shingles). */
	private void total(long entryId) {
		List<Object[]> texts = jdbc.sql("SELECT words, fingerprint FROM contest_entry_texts WHERE entry_id = ?").param(entryId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		long words = texts.stream().mapToLong(t -> (Long) t[0]).sum();
		String print = Fingerprints.union(texts.stream().map(t -> (String) t[1]).toList());
		jdbc.sql("UPDATE contest_entries SET word_count = ?, fingerprint = ? WHERE id = ?")
			.params(texts.isEmpty() ? null : (int) Math.min(words, Integer.MAX_VALUE), print, entryId).update();
	}

	/** A refusal carried out of the heavy-work gate. */
	private static final class Costly extends RuntimeException {

		final FileText.TooCostly cause;

		Costly(FileText.TooCostly cause) {
			super(cause.key, null, false, false);
			this.cause = cause;
		}
	}

	/** The files of each entry of a contest, for a reader who sees it in full (empty lists for anyone else): the right checked once for all. */
	public java.util.Map<Long, List<StoredFile>> of(Contest contest, List<Entry> entries, Actor actor) {
		java.util.Map<Long, List<StoredFile>> out = new java.util.HashMap<>();
		boolean full = contests.sight(contest, actor) == Contests.Sight.FULL;
		entries.forEach(e -> out.put(e.id(), full ? of(e) : List.of()));
		return out;
	}

	/** The files of an entry, for those who may read it (or, unchecked, for the judging pages which check the judge). */
	List<StoredFile> of(Entry entry) {
		return files.of(RECORD, String.valueOf(entry.id()));
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

package org.steerdesk.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Violations;

/**
 * Stores, lists, serves and removes the files of a record ({@code ownerType}, {@code ownerKey}).
 * The type is decided by the content (Apache Tika's detectors, containers included), never by the
 * name; only PDF, DOCX, XLSX, ODT, PNG and JPEG are kept. A file is stored once by its SHA-256, in
 * chunks of {@value #CHUNK} bytes, read from the upload's temporary file and written back to a
 * response chunk by chunk, so no file is ever whole in memory. The caller checks the actor's right
 * on the owning record first.
 */
@Service
@Transactional(readOnly = true)
public class Files {

	static final int CHUNK = 512 * 1024;

	/** The types kept, and the extension a download's name ends with. */
	static final Map<String, String> ALLOWED = Map.of("application/pdf", "pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "application/vnd.oasis.opendocument.text", "odt",
			"image/png", "png", "image/jpeg", "jpg");

	/** How many files one upload may carry, and one record hold. */
	static final int MAX_PER_UPLOAD = 20;

	static final int MAX_PER_RECORD = 200;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final long maxSize;

	private final Detector detector = new DefaultDetector();

	private final Packages.Limits packages;

	private final org.springframework.transaction.support.TransactionTemplate savepoint;

	private final java.time.Duration orphanRetention;

	Files(JdbcClient jdbc, AuditLog audit, @Value("${steerdesk.files.max-size:20MB}") DataSize maxSize,
			@Value("${steerdesk.files.max-unpacked:100MB}") DataSize maxUnpacked, @Value("${steerdesk.files.max-parts:1000}") int maxParts,
			@Value("${steerdesk.files.orphan-retention:P30D}") java.time.Duration orphanRetention,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.maxSize = maxSize.toBytes();
		this.packages = new Packages.Limits(maxUnpacked.toBytes(), maxParts);
		this.orphanRetention = orphanRetention;
		this.savepoint = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The record's files, oldest first. */
	public List<StoredFile> of(String ownerType, String ownerKey) {
		return jdbc.sql("""
				SELECT l.*, c.media_type, c.size_bytes FROM file_links l JOIN file_contents c ON c.sha256 = l.sha256
				WHERE l.owner_type = ? AND l.owner_key = ? ORDER BY l.id""")
			.params(ownerType, ownerKey)
			.query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("owner_type"), rs.getString("owner_key"), rs.getString("name"),
					rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("added_by"),
					rs.getObject("added_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** One of the record's files. */
	public Optional<StoredFile> find(String ownerType, String ownerKey, long id) {
		return of(ownerType, ownerKey).stream().filter(f -> f.id() == id).findFirst();
	}

	/**
	 * Adds uploads to a record: every one is checked (present, not empty, within the size limit, a
	 * name without path separators, an allowed type by content) before any is kept — all or nothing.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each refused file under {@code files}
	 */
	@Transactional
	public List<StoredFile> add(String ownerType, String ownerKey, List<MultipartFile> uploads, Actor actor) {
		return add(ownerType, ownerKey, uploads, actor, ALLOWED.keySet());
	}

	/** Adds uploads as above, keeping only the types given (a subset of those kept at all). */
	@Transactional
	public List<StoredFile> add(String ownerType, String ownerKey, List<MultipartFile> uploads, Actor actor, java.util.Set<String> types) {
		Violations violations = new Violations();
		// a part with neither content nor name is the empty file box of a form sent without a choice
		List<MultipartFile> given = uploads == null ? List.of()
				: uploads.stream().filter(u -> u != null && (!u.isEmpty() || org.springframework.util.StringUtils.hasText(u.getOriginalFilename())))
					.toList();
		if (given.isEmpty()) {
			violations.add("files", "files.none");
		}
		if (given.size() > MAX_PER_UPLOAD) {
			violations.add("files", "files.tooMany", MAX_PER_UPLOAD);
		}
		long held = jdbc.sql("SELECT COUNT(*) FROM file_links WHERE owner_type = ? AND owner_key = ?").params(ownerType, ownerKey)
			.query(Long.class)
			.single();
		if (held + given.size() > MAX_PER_RECORD) {
			violations.add("files", "files.recordFull", MAX_PER_RECORD);
		}
		violations.throwIfAny();
		java.util.List<String[]> checked = new java.util.ArrayList<>();
		for (MultipartFile upload : given) {
			String name = FileContent.name(upload.getOriginalFilename());
			if (name == null) {
				violations.add("files", "files.badName", String.valueOf(upload.getOriginalFilename()));
				continue;
			}
			if (upload.isEmpty()) {
				violations.add("files", "files.empty", name);
				continue;
			}
			if (upload.getSize() > maxSize) {
				violations.add("files", "files.tooLarge", name, DataSize.ofBytes(maxSize).toMegabytes());
				continue;
			}
			String type = detect(upload);
			if (!ALLOWED.containsKey(type) || !types.contains(type)) {
				violations.add("files", types.size() == ALLOWED.size() ? "files.wrongType" : "files.wrongTypeOf", name,
						String.join(", ", types.stream().map(t -> ALLOWED.get(t).toUpperCase(java.util.Locale.ROOT)).sorted().toList()));
				continue;
			}
			String refused = ZIPPED.contains(type) ? measure(upload) : null;
			if (refused != null) {
				violations.add("files", refused, name, DataSize.ofBytes(packages.maxUnpacked()).toMegabytes(), packages.maxParts());
				continue;
			}
			checked.add(new String[] { FileContent.named(name, ALLOWED.get(type)), type });
		}
		violations.throwIfAny();
		java.util.List<StoredFile> added = new java.util.ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String sha = store(given.get(i), checked.get(i)[1]);
			jdbc.sql("UPDATE file_contents SET orphaned_at = NULL WHERE sha256 = ? AND orphaned_at IS NOT NULL").param(sha).update();
			OffsetDateTime now = OffsetDateTime.now();
			long id = org.steerdesk.shared.Sql.insert(jdbc,
					"INSERT INTO file_links (owner_type, owner_key, sha256, name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)", ownerType,
					ownerKey, sha, checked.get(i)[0], actor.username(), now);
			audit.record(actor.username(), AuditAction.UPDATE, ownerType, ownerKey, null,
					Map.of("file", checked.get(i)[0], "sha256", sha));
			added.add(new StoredFile(id, ownerType, ownerKey, checked.get(i)[0], checked.get(i)[1], given.get(i).getSize(), sha,
					actor.username(), now.toInstant()));
		}
		return added;
	}

	/** The types a file may have, by media type. */
	public static java.util.Set<String> types(String... extensions) {
		java.util.List<String> wanted = java.util.List.of(extensions);
		return ALLOWED.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** Writes a stored file's content, chunk by chunk. */
	public void write(StoredFile file, OutputStream out) {
		jdbc.sql("SELECT bytes FROM file_chunks WHERE sha256 = ? ORDER BY seq").param(file.sha256()).query((RowCallbackHandler) rs -> {
			try {
				out.write(rs.getBytes(1));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** Removes a file from a record (its content stays while another record holds it); the file removed. */
	@Transactional
	public StoredFile remove(String ownerType, String ownerKey, long id, Actor actor) {
		StoredFile file = find(ownerType, ownerKey, id).orElseThrow(() -> new NotFoundException("File " + id));
		jdbc.sql("DELETE FROM file_links WHERE id = ?").param(id).update();
		jdbc.sql("UPDATE file_contents SET orphaned_at = ? WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM file_links l WHERE l.sha256 = ?)")
			.params(OffsetDateTime.now(), file.sha256(), file.sha256()).update();
		audit.record(actor.username(), AuditAction.UPDATE, ownerType, ownerKey, Map.of("file", file.name(), "sha256", file.sha256()), null);
		return file;
	}

	/**
	 * Sends a stored file as the answer: an attachment of its detected type, never sniffed, written
	 * chunk by chunk on the request's own thread (no chunk beyond the one being written is in memory).
	 */
	public void attachment(StoredFile file, jakarta.servlet.http.HttpServletResponse response) {
		response.setContentType(file.mediaType());
		response.setContentLengthLong(file.size());
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
			.filename(FileContent.named(file.name(), extension(file.mediaType())), java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		try {
			write(file, response.getOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Removes the contents no record has held for {@code steerdesk.files.orphan-retention} (30 days
	 * unless set): a file whose last link was removed is kept that long, then gone. Once a day, on one
	 * instance.
	 */
	@Transactional
	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT10M")
	@net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "files-orphans", lockAtMostFor = "PT1H")
	public void purgeOrphans() {
		OffsetDateTime before = OffsetDateTime.now().minus(orphanRetention);
		List<String> gone = jdbc.sql("SELECT sha256 FROM file_contents c WHERE c.orphaned_at < ?"
				+ " AND NOT EXISTS (SELECT 1 FROM file_links l WHERE l.sha256 = c.sha256) FETCH FIRST 1000 ROWS ONLY")
			.param(before).query(String.class).list();
		for (String sha : gone) {
			jdbc.sql("DELETE FROM file_chunks WHERE sha256 = ?").param(sha).update();
			jdbc.sql("DELETE FROM file_contents WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM file_links l WHERE l.sha256 = ?)")
				.params(sha, sha).update();
		}
	}

	/** The extension a download of this type carries. */
	public static String extension(String mediaType) {
		return ALLOWED.getOrDefault(mediaType, "bin");
	}

	private String detect(MultipartFile upload) {
		try (InputStream in = upload.getInputStream(); TikaInputStream tika = TikaInputStream.get(new BufferedInputStream(in))) {
			// no name is given to the detector: the content alone decides
			return detector.detect(tika, new Metadata()).getBaseType().toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The zip packages, measured as they unpack before anything opens them. */
	static final java.util.Set<String> ZIPPED = java.util.Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text");

	/** Why a package is refused (its message key), or null when it unpacks within the limits. */
	private String measure(MultipartFile upload) {
		java.nio.file.Path temp = null;
		try {
			temp = java.nio.file.Files.createTempFile("steerdesk-package", ".zip");
			try (InputStream in = upload.getInputStream()) {
				java.nio.file.Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			Packages.check(temp, packages);
			return null;
		}
		catch (Packages.Refused e) {
			return e.key;
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

	/**
	 * Stores the content once by its hash, chunk by chunk; returns the hash. Two uploads of the same
	 * new content at once both succeed: the second's insert, refused by the key, is rolled back to
	 * its savepoint and the content the first stored is linked.
	 */
	private String store(MultipartFile upload, String type) {
		String sha = FileContent.hash(upload);
		boolean known = jdbc.sql("SELECT COUNT(*) FROM file_contents WHERE sha256 = ?").param(sha).query(Long.class).single() > 0;
		if (known) {
			return sha;
		}
		try {
			savepoint.executeWithoutResult(status -> jdbc
				.sql("INSERT INTO file_contents (sha256, media_type, size_bytes, created_at) VALUES (?, ?, ?, ?)")
				.params(sha, type, upload.getSize(), OffsetDateTime.now())
				.update());
		}
		catch (org.springframework.dao.DataIntegrityViolationException | org.springframework.dao.ConcurrencyFailureException e) {
			return sha;
		}
		try (InputStream in = upload.getInputStream()) {
			byte[] buffer = new byte[CHUNK];
			int seq = 0;
			while (true) {
				int n = in.readNBytes(buffer, 0, CHUNK);
				if (n <= 0) {
					break;
				}
				jdbc.sql("INSERT INTO file_chunks (sha256, seq, bytes) VALUES (?, ?, ?)")
					.params(sha, seq++, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n))
					.update();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sha;
	}
}

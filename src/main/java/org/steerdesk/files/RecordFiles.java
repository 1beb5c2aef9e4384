package org.steerdesk.files;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/**
 * The files of one register's records, seen through that register's access rule: a register that
 * carries documents declares a bean of this kind, saying its name in the API ({@code register()}, the
 * spec §2 name), the owner type its files are kept under, and which record a code names once the
 * actor's right on it is checked. Pages and the API ({@code /api/v1/{register}/{code}/files}) then
 * list, add, serve and remove files the same way for every register.
 */
@Transactional(readOnly = true)
public abstract class RecordFiles {

	private final Files files;

	protected RecordFiles(Files files) {
		this.files = files;
	}

	/** The register's name in addresses ({@code gatherings}, {@code trainings}). */
	public abstract String register();

	/** The owner type the register's files are kept under (its audit record type). */
	protected abstract String ownerType();

	/**
	 * The key of the record {@code code} names, once the actor holds {@code permission} on it.
	 * @throws NotFoundException no such record
	 * @throws org.springframework.security.access.AccessDeniedException out of the actor's scope
	 */
	protected abstract String key(String code, Permission permission, Actor actor);

	/** The record's files, for an actor who reads it. */
	public List<StoredFile> of(String code, Actor actor) {
		return files.of(ownerType(), key(code, Permission.READ, actor));
	}

	/** Adds uploads to the record (all or none), for an actor who edits it. */
	@Transactional
	public List<StoredFile> add(String code, List<MultipartFile> uploads, Actor actor) {
		List<StoredFile> added = files.add(ownerType(), key(code, Permission.EDIT_RECORDS, actor), uploads, actor, types());
		added(code, added);
		return added;
	}

	/** The types the register's records carry; every type files keeps unless a register narrows it. */
	protected java.util.Set<String> types() {
		return Files.ALLOWED.keySet();
	}

	/** What a register does once files are added (e.g. reads them); nothing unless it says. */
	protected void added(String code, List<StoredFile> added) {
	}

	/** What a register does once a file is removed; nothing unless it says. */
	protected void removed(String code, StoredFile removed) {
	}

	/** One of the record's files, for an actor who reads it. */
	public StoredFile file(String code, long id, Actor actor) {
		return files.find(ownerType(), key(code, Permission.READ, actor), id).orElseThrow(() -> new NotFoundException("File " + id));
	}

	/** A file the actor may read, as an attachment of its detected type. */
	public void download(String code, long id, Actor actor, jakarta.servlet.http.HttpServletResponse response) {
		files.attachment(file(code, id, actor), response);
	}

	/** Removes one of the record's files (audited), for an actor who edits it. */
	@Transactional
	public void remove(String code, long id, Actor actor) {
		removed(code, files.remove(ownerType(), key(code, Permission.EDIT_RECORDS, actor), id, actor));
	}
}

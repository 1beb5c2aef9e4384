package org.steerdesk.gatherings;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.files.Files;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** A gathering's documents, on the files module: added and removed by its editors, downloaded by its readers. */
@Service
@Transactional(readOnly = true)
public class GatheringFiles {

	private final Gatherings gatherings;

	private final Files files;

	GatheringFiles(Gatherings gatherings, Files files) {
		this.gatherings = gatherings;
		this.files = files;
	}

	/** Adds documents to the gathering (the actor edits its records). */
	@Transactional
	public void addFiles(String code, List<org.springframework.web.multipart.MultipartFile> uploads, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		files.add(Gatherings.RECORD, gathering.code(), uploads, actor);
	}

	/** One of the gathering's documents, for an actor who reads it. */
	public org.steerdesk.files.StoredFile file(String code, long id, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.READ, actor);
		return files.find(Gatherings.RECORD, gathering.code(), id)
			.orElseThrow(() -> new org.steerdesk.shared.NotFoundException("File " + id));
	}

	/** A document the actor may read, as an attachment. */
	public org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> download(
			String code, long id, Actor actor) {
		return files.attachment(file(code, id, actor));
	}

	@Transactional
	public void removeFile(String code, long id, Actor actor) {
		Gathering gathering = gatherings.require(code, Permission.EDIT_RECORDS, actor);
		files.remove(Gatherings.RECORD, gathering.code(), id, actor);
	}

}

package org.steerdesk.training;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.steerdesk.files.Files;
import org.steerdesk.files.StoredFile;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/** A course's materials, on the files module: added by its editors, downloaded by its readers. */
@Service
@Transactional(readOnly = true)
public class TrainingMaterials {

	private final Trainings trainings;

	private final Files files;

	TrainingMaterials(Trainings trainings, Files files) {
		this.trainings = trainings;
		this.files = files;
	}

	public List<StoredFile> of(Training training) {
		return files.of(Trainings.RECORD, training.code());
	}

	@Transactional
	public void add(String code, List<MultipartFile> uploads, Actor actor) {
		files.add(Trainings.RECORD, trainings.require(code, Permission.EDIT_RECORDS, actor).code(), uploads, actor);
	}

	public ResponseEntity<StreamingResponseBody> download(String code, long id, Actor actor) {
		Training training = trainings.require(code, Permission.READ, actor);
		return files.attachment(files.find(Trainings.RECORD, training.code(), id).orElseThrow(() -> new NotFoundException("File " + id)));
	}

	@Transactional
	public void remove(String code, long id, Actor actor) {
		files.remove(Trainings.RECORD, trainings.require(code, Permission.EDIT_RECORDS, actor).code(), id, actor);
	}
}

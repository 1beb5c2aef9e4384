package org.steerdesk.training;

import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** A course's materials, on the files module: added and removed by its editors, downloaded by its readers. */
@Service
public class TrainingMaterials extends RecordFiles {

	private final Trainings trainings;

	TrainingMaterials(Trainings trainings, Files files) {
		super(files);
		this.trainings = trainings;
	}

	@Override
	public String register() {
		return "trainings";
	}

	@Override
	protected String ownerType() {
		return Trainings.RECORD;
	}

	@Override
	protected String key(String code, Permission permission, Actor actor) {
		return trainings.require(code, permission, actor).code();
	}
}

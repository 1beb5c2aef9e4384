package org.steerdesk.gatherings;

import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** A gathering's documents, on the files module: added and removed by its editors, downloaded by its readers. */
@Service
public class GatheringFiles extends RecordFiles {

	private final Gatherings gatherings;

	GatheringFiles(Gatherings gatherings, Files files) {
		super(files);
		this.gatherings = gatherings;
	}

	@Override
	public String register() {
		return "gatherings";
	}

	@Override
	protected String ownerType() {
		return Gatherings.RECORD;
	}

	@Override
	protected String key(String code, Permission permission, Actor actor) {
		return gatherings.require(code, permission, actor).code();
	}
}

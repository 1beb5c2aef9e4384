package org.steerdesk.awards;

import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/**
 * A nomination's evidence: added by its unit's editors while it is open, read by its readers (the
 * unit's and the authority's secretariat); also at {@code /api/v1/award-nominations/{id}/files}.
 */
@Service
public class NominationFiles extends RecordFiles {

	private final Nominations nominations;

	NominationFiles(Files files, Nominations nominations) {
		super(files);
		this.nominations = nominations;
	}

	@Override
	public String register() {
		return "award-nominations";
	}

	@Override
	protected String ownerType() {
		return Nominations.RECORD;
	}

	@Override
	protected String key(String code, Permission permission, Actor actor) {
		long id = DecisionFiles.id(code);
		return String.valueOf(permission == Permission.READ ? nominations.require(id, Nominations.Right.READ, actor).id()
				: nominations.open(id, actor).id());
	}
}

package org.steerdesk.awards;

import org.springframework.stereotype.Service;
import org.steerdesk.files.Files;
import org.steerdesk.files.RecordFiles;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;

/**
 * A decision's files (the signed scan of a decision recorded from paper): added by the authority's
 * secretariat, read by the decision's readers; also at {@code /api/v1/award-decisions/{id}/files}.
 */
@Service
public class DecisionFiles extends RecordFiles {

	private final Decisions decisions;

	DecisionFiles(Files files, Decisions decisions) {
		super(files);
		this.decisions = decisions;
	}

	@Override
	public String register() {
		return "award-decisions";
	}

	@Override
	protected String ownerType() {
		return Decisions.RECORD;
	}

	@Override
	protected String key(String code, Permission permission, Actor actor) {
		return String.valueOf(decisions.require(id(code), permission == Permission.READ ? Permission.READ : Permission.MANAGE, actor).id());
	}

	/** A record's id as an address names it; anything else names no record. */
	static long id(String code) {
		try {
			return Long.parseLong(code);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("Record " + org.steerdesk.shared.Violations.shown(code));
		}
	}
}

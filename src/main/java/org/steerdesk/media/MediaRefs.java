package org.steerdesk.media;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/**
 * Resolves the codes a media record refers to (units, channels) and checks that the actor may
 * edit the unit's records, caching both for one batch so that a 100,000-row file costs a lookup
 * per distinct code, not per row.
 */
final class MediaRefs {

	private final Units units;

	private final OrgAccess access;

	private final Channels channels;

	private final Actor actor;

	private final Map<String, Optional<OrgUnit>> unitsByCode = new HashMap<>();

	private final Map<Long, Boolean> editable = new HashMap<>();

	private final Map<String, Optional<Channel>> channelsByCode = new HashMap<>();

	MediaRefs(Units units, OrgAccess access, Channels channels, Actor actor) {
		this.units = units;
		this.access = access;
		this.channels = channels;
		this.actor = actor;
	}

	Actor actor() {
		return actor;
	}

	/** The id of the unit with this code, which the actor may edit; null (with a violation) otherwise. */
	Long unit(String rawCode, String field, Violations violations) {
		String code = VietnameseText.nfc(rawCode);
		if (code == null) {
			violations.add(field, "validation.required");
			return null;
		}
		Optional<OrgUnit> unit = unitsByCode.computeIfAbsent(code, units::byCodeOrName);
		if (unit.isEmpty()) {
			violations.add(field, "validation.unknownCode", code);
			return null;
		}
		if (!mayEdit(unit.get().id())) {
			violations.add(field, "error.access.unit", code);
			return null;
		}
		return unit.get().id();
	}

	boolean mayEdit(long unitId) {
		return editable.computeIfAbsent(unitId, id -> access.may(actor, Permission.EDIT_RECORDS, id));
	}

	/** The channel with this code; null (with a violation) when there is none. */
	Channel channel(String rawCode, String field, Violations violations) {
		String code = VietnameseText.nfc(rawCode);
		if (code == null) {
			violations.add(field, "validation.required");
			return null;
		}
		Optional<Channel> channel = channelsByCode.computeIfAbsent(code, channels::byCode);
		if (channel.isEmpty()) {
			violations.add(field, "validation.unknownCode", code);
			return null;
		}
		return channel.get();
	}
}

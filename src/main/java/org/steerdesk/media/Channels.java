package org.steerdesk.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.Units;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.records.Records;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/** Channels (kênh): where the units publish; a channel with a feed URL is polled for new items. */
@Service
@Transactional(readOnly = true)
public class Channels {

	static final String RECORD = "media-channel";

	static final RecordTable TABLE = RecordTable.of("media_channels", RECORD, Column.code("code"),
			Column.text("name", 300).required(), Column.text("type", 20).required(), Column.text("platform", 20),
			Column.text("url", 2048), Column.number("unit_id").field("unit_code").required(), Column.text("feed_url", 2048),
			Column.text("search_key", 600).derived());

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final Records records;

	Channels(JdbcClient jdbc, Units units, OrgAccess access, Records records) {
		this.records = records;
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
	}

	/** The channels of the units the actor reads, their units, and whether the actor may add one. */
	public record Listing(List<Channel> channels, Map<Long, OrgUnit> units, boolean mayAdd) {
	}

	/** A channel's page: the channel, its unit, and whether the actor may edit it. */
	public record View(Channel channel, OrgUnit unit, boolean mayEdit) {
	}

	/** Every channel of the units the actor reads. */
	public Listing listing(Actor actor) {
		access.requireAnywhere(actor, Permission.READ, "error.access.noRole");
		List<Channel> found = ofUnits(access.units(actor, Permission.READ));
		Map<Long, OrgUnit> byId = new HashMap<>();
		units.byIds(found.stream().map(Channel::unitId).distinct().toList()).forEach(u -> byId.put(u.id(), u));
		return new Listing(found, byId, access.mayAnywhere(actor, Permission.EDIT_RECORDS));
	}

	/** The channel with this code, which the actor may read. */
	public View view(String code, Actor actor) {
		Channel channel = require(code, Permission.READ, actor);
		return new View(channel, units.byId(channel.unitId()).orElseThrow(), access.may(actor, Permission.EDIT_RECORDS, channel.unitId()));
	}

	/**
	 * The channel with this code, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Channel require(String code, Permission permission, Actor actor) {
		return access.require(byCode(code), Channel::unitId, permission, actor, "Channel " + code);
	}

	public Optional<Channel> byCode(String code) {
		return records.byKey(TABLE, code, Channels::map);
	}

	public Optional<Channel> byId(long id) {
		return jdbc.sql("SELECT * FROM media_channels WHERE id = ?").param(id).query(Channels::map).optional();
	}

	public List<Channel> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM media_channels WHERE id IN (:ids)").param("ids", ids).query(Channels::map).list();
	}

	/** Channels owned by the given units, by name. */
	public List<Channel> ofUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM media_channels WHERE unit_id IN (:ids) ORDER BY search_key")
			.param("ids", unitIds)
			.query(Channels::map)
			.list();
	}

	/** Channels with a feed URL, for the poller. */
	public List<Channel> withFeeds() {
		return jdbc.sql("SELECT * FROM media_channels WHERE feed_url IS NOT NULL ORDER BY id").query(Channels::map).list();
	}

	@Transactional
	public SaveOutcome save(ChannelDraft draft, Actor actor, Integer expectedVersion) {
		MediaRefs refs = new MediaRefs(units, access, this, actor);
		RecordValues values = TABLE.values();
		Violations violations = values.violations();
		String code = values.text("code", draft.code());
		String name = values.text("name", draft.name());
		values.put("type", draft.type());
		if (draft.platform() != null && draft.type() != null && draft.type() != ChannelType.SOCIAL_ACCOUNT) {
			violations.add("platform", "media.channel.platformOnlySocial");
		}
		if (draft.type() == ChannelType.SOCIAL_ACCOUNT && draft.platform() == null) {
			violations.add("platform", "media.channel.platformRequired");
		}
		values.put("platform", draft.platform());
		values.text("url", MediaUrls.optional(draft.url(), "url", violations));
		values.put("unit_id", refs.unit(draft.unitCode(), "unit_code", violations));
		values.text("feed_url", MediaUrls.optional(draft.feedUrl(), "feed_url", violations));
		values.searchKey("search_key", name, code);
		return records.save(values, actor, expectedVersion, existing -> {
			if (!refs.mayEdit(existing.number("unit_id"))) {
				new Violations().add("code", "error.access.unit", code).throwIfAny();
			}
		}).outcome();
	}

	/** Validators for the conditional GET of the channel's feed. */
	record FeedValidators(String etag, String lastModified) {
	}

	FeedValidators feedValidators(long channelId) {
		return jdbc.sql("SELECT feed_etag, feed_last_modified FROM media_channels WHERE id = ?")
			.param(channelId)
			.query((rs, n) -> new FeedValidators(rs.getString(1), rs.getString(2)))
			.single();
	}

	/** Notes a successful poll (in its own transaction, so a failing feed never rolls back another's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void feedPolled(long channelId, String etag, String lastModified) {
		jdbc.sql("""
				UPDATE media_channels SET feed_etag = ?, feed_last_modified = ?, feed_checked_at = ?, feed_error = NULL,
				feed_error_at = NULL WHERE id = ?""")
			.params(etag, lastModified, OffsetDateTime.now(ZoneOffset.UTC), channelId)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void feedFailed(long channelId, String error) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("UPDATE media_channels SET feed_checked_at = ?, feed_error = ?, feed_error_at = ? WHERE id = ?")
			.params(now, error.length() > 2000 ? error.substring(0, 2000) : error, now, channelId)
			.update();
	}

	static Channel map(ResultSet rs, int row) throws SQLException {
		String platform = rs.getString("platform");
		return new Channel(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ChannelType.valueOf(rs.getString("type")),
				platform == null ? null : Platform.valueOf(platform), rs.getString("url"), rs.getLong("unit_id"),
				rs.getString("feed_url"), instant(rs.getObject("feed_checked_at", OffsetDateTime.class)), rs.getString("feed_error"),
				instant(rs.getObject("feed_error_at", OffsetDateTime.class)), rs.getInt("version"));
	}

	static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}
}

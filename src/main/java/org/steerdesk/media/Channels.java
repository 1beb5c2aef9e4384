package org.steerdesk.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Codes;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Sql;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.VietnameseText;
import org.steerdesk.shared.Violations;

/** Channels (kênh): where the units publish; a channel with a feed URL is polled for new items. */
@Service
@Transactional(readOnly = true)
public class Channels {

	static final String RECORD = "media-channel";

	private final JdbcClient jdbc;

	private final Units units;

	private final OrgAccess access;

	private final AuditLog audit;

	Channels(JdbcClient jdbc, Units units, OrgAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	public Optional<Channel> byCode(String code) {
		return jdbc.sql("SELECT * FROM media_channels WHERE code = ?").param(code).query(Channels::map).optional();
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
		Violations violations = new Violations();
		String code = VietnameseText.nfc(draft.code());
		String name = VietnameseText.nfc(draft.name());
		if (!Codes.isValid(code)) {
			violations.add("code", code == null ? "validation.required" : "validation.code");
		}
		if (name == null) {
			violations.add("name", "validation.required");
		}
		if (draft.type() == null) {
			violations.add("type", "validation.required");
		}
		if (draft.platform() != null && draft.type() != null && draft.type() != ChannelType.SOCIAL_ACCOUNT) {
			violations.add("platform", "media.channel.platformOnlySocial");
		}
		if (draft.type() == ChannelType.SOCIAL_ACCOUNT && draft.platform() == null) {
			violations.add("platform", "media.channel.platformRequired");
		}
		String url = MediaUrls.optional(draft.url(), "url", violations);
		String feedUrl = MediaUrls.optional(draft.feedUrl(), "feed_url", violations);
		Long unitId = refs.unit(draft.unitCode(), "unit_code", violations);
		violations.throwIfAny();
		Optional<Channel> existing = byCode(code);
		if (existing.isPresent() && !refs.mayEdit(existing.get().unitId())) {
			violations.add("code", "error.access.unit", code).throwIfAny();
		}
		String platform = draft.platform() == null ? null : draft.platform().name();
		if (existing.isEmpty()) {
			Sql.insert(jdbc, """
					INSERT INTO media_channels (code, name, type, platform, url, unit_id, feed_url, search_key)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", code, name, draft.type().name(), platform, url, unitId, feedUrl,
					VietnameseText.searchKey(name + " " + code));
			audit.record(actor.username(), AuditAction.CREATE, RECORD, code, null, describe(byCode(code).orElseThrow()));
			return SaveOutcome.CREATED;
		}
		Channel before = existing.get();
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		if (before.name().equals(name) && before.type() == draft.type() && before.platform() == draft.platform()
				&& Objects.equals(before.url(), url) && before.unitId() == unitId && Objects.equals(before.feedUrl(), feedUrl)) {
			return SaveOutcome.UNCHANGED;
		}
		int updated = jdbc.sql("""
				UPDATE media_channels SET name = ?, type = ?, platform = ?, url = ?, unit_id = ?, feed_url = ?, search_key = ?,
				version = version + 1 WHERE id = ? AND version = ?""")
			.params(name, draft.type().name(), platform, url, unitId, feedUrl, VietnameseText.searchKey(name + " " + code),
					before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new StaleRecordException(RECORD + " " + code);
		}
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, code, describe(before), describe(byCode(code).orElseThrow()));
		return SaveOutcome.UPDATED;
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

	private Map<String, Object> describe(Channel c) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", c.code());
		state.put("name", c.name());
		state.put("type", c.type().name());
		state.put("platform", c.platform() == null ? null : c.platform().name());
		state.put("url", c.url());
		state.put("unit_id", c.unitId());
		state.put("feed_url", c.feedUrl());
		return state;
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

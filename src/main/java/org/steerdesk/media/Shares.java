package org.steerdesk.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.BulkInsert;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.SaveResult;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.Violations;

/** Shares (lượt chia sẻ) of items or of a unit's own posts on social accounts, keyed by normalised URL. */
@Service
@Transactional(readOnly = true)
public class Shares {

	static final String RECORD = "media-share";

	private static final BulkInsert INSERT = new BulkInsert("media_shares", "url", "channel_id", "shared_at", "shared_on",
			"unit_id", "item_id");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Items items;

	private final AuditLog audit;

	Shares(JdbcClient jdbc, JdbcTemplate template, Items items, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.items = items;
		this.audit = audit;
	}

	public Optional<Share> byId(long id) {
		return jdbc.sql("SELECT * FROM media_shares WHERE id = ?").param(id).query(Shares::map).optional();
	}

	public Optional<Share> byUrl(String url) {
		String normalised = MediaUrls.normalise(url);
		return normalised == null ? Optional.empty()
				: jdbc.sql("SELECT * FROM media_shares WHERE url = ?").param(normalised).query(Shares::map).optional();
	}

	public List<Share> ofItem(long itemId) {
		return jdbc.sql("SELECT * FROM media_shares WHERE item_id = ? ORDER BY shared_at").param(itemId).query(Shares::map).list();
	}

	@Transactional
	public SaveOutcome save(ShareDraft draft, Actor actor, Integer expectedVersion) {
		if (expectedVersion != null) {
			Optional<Share> existing = byUrl(draft.url());
			if (existing.isPresent() && existing.get().version() != expectedVersion) {
				throw new StaleRecordException(RECORD + " " + draft.url());
			}
		}
		SaveResult result = saveAll(List.of(draft), items.refs(actor), true).get(0);
		if (result.violations() != null) {
			throw new InvalidRecordException(result.violations());
		}
		return result.outcome();
	}

	/** A draft's own checks, which need no database (see {@link ItemRows.Checked}). */
	record Checked(String url, OffsetDateTime sharedAt, LocalDate day, String channelCode, String unitCode, String itemUrl,
			Violations violations) {
	}

	static Checked check(ShareDraft draft, Violations violations) {
		String url = MediaUrls.required(draft.url(), "url", violations);
		if (draft.sharedAt() == null) {
			violations.add("shared_at", "validation.required");
		}
		String itemUrl = MediaUrls.optional(draft.itemUrl(), "item_url", violations);
		return new Checked(url, draft.sharedAt(), draft.sharedAt() == null ? null : MediaText.localDay(draft.sharedAt()),
				draft.channelCode(), draft.unitCode(), itemUrl, violations);
	}

	/** An import row read and checked as far as it can be without the database. */
	static Checked readChecked(ImportRow row, Violations violations) {
		ShareDraft draft = read(row, violations);
		return violations.isEmpty() ? check(draft, violations) : null;
	}

	@Transactional
	List<SaveResult> saveAll(List<ShareDraft> drafts, MediaRefs refs, boolean auditEach) {
		return saveChecked(drafts.stream().map(d -> check(d, new Violations())).toList(), refs, auditEach);
	}

	@Transactional
	List<SaveResult> saveChecked(List<Checked> drafts, MediaRefs refs, boolean auditEach) {
		Set<String> itemUrls = new HashSet<>();
		drafts.forEach(d -> {
			if (d.itemUrl() != null) {
				itemUrls.add(d.itemUrl());
			}
		});
		Map<String, long[]> itemIds = items.idsAndUnits(itemUrls);
		List<SaveResult> results = new ArrayList<>(drafts.size());
		List<Object[]> valid = new ArrayList<>();
		List<Integer> validIndex = new ArrayList<>();
		for (Checked draft : drafts) {
			Violations violations = draft.violations();
			Channel channel = refs.channel(draft.channelCode(), "channel_code", violations);
			if (channel != null && channel.type() != ChannelType.SOCIAL_ACCOUNT) {
				violations.add("channel_code", "media.share.notSocial", channel.code());
			}
			Long unitId = refs.unit(draft.unitCode(), "unit_code", violations);
			Long itemId = null;
			String itemUrl = draft.itemUrl();
			if (itemUrl != null && !itemIds.containsKey(itemUrl)) {
				violations.add("item_url", "media.share.unknownItem", itemUrl);
			}
			else if (itemUrl != null) {
				itemId = itemIds.get(itemUrl)[0];
			}
			if (!violations.isEmpty()) {
				results.add(SaveResult.refused(violations));
				continue;
			}
			results.add(null);
			validIndex.add(results.size() - 1);
			valid.add(new Object[] { draft.url(), channel.id(), draft.sharedAt(), draft.day(), unitId, itemId });
		}
		Map<String, Share> existing = existing(valid.stream().map(v -> (String) v[0]).toList());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < valid.size(); i++) {
			Object[] v = valid.get(i);
			Share before = existing.get((String) v[0]);
			SaveOutcome outcome;
			if (before == null) {
				inserts.add(v);
				outcome = SaveOutcome.CREATED;
			}
			else if (before.channelId() == (long) v[1] && before.sharedAt().toInstant().equals(((OffsetDateTime) v[2]).toInstant())
					&& before.unitId() == (long) v[4] && Objects.equals(before.itemId(), v[5])) {
				outcome = SaveOutcome.UNCHANGED;
			}
			else if (!refs.mayEdit(before.unitId())) {
				results.set(validIndex.get(i), SaveResult.refused(new Violations().add("url", "error.access.record")));
				continue;
			}
			else {
				updates.add(new Object[] { v[1], v[2], v[3], v[4], v[5], before.id() });
				outcome = SaveOutcome.UPDATED;
			}
			results.set(validIndex.get(i), SaveResult.saved(outcome));
			if (auditEach && outcome != SaveOutcome.UNCHANGED) {
				audit.record(refs.actor().username(), outcome == SaveOutcome.CREATED ? AuditAction.CREATE : AuditAction.UPDATE,
						RECORD, (String) v[0], before == null ? null : describe(before.channelId(), before.sharedAt(), before.unitId(), before.itemId()),
						describe((long) v[1], (OffsetDateTime) v[2], (long) v[4], (Long) v[5]));
			}
		}
		if (!inserts.isEmpty()) {
			INSERT.insert(template, inserts);
		}
		if (!updates.isEmpty()) {
			template.batchUpdate("""
					UPDATE media_shares SET channel_id = ?, shared_at = ?, shared_on = ?, unit_id = ?, item_id = ?, version = version + 1
					WHERE id = ?""", updates);
			template.batchUpdate("UPDATE media_metrics SET target_unit_id = ?, target_on = ? WHERE target_type = 'S' AND target_id = ?",
					updates.stream().map(u -> new Object[] { u[3], u[2], u[5] }).toList());
		}
		return results;
	}

	Map<String, Share> existing(List<String> urls) {
		return MediaText.byUrl(jdbc, "media_shares", Shares::map, Share::url, urls);
	}

	/** Shares by normalised URL as {id, unit id, epoch day shared} (for metrics). */
	Map<String, long[]> idsAndUnits(Collection<String> urls) {
		return MediaText.targets(jdbc, "media_shares", "shared_on", urls);
	}

	static ShareDraft read(ImportRow row, Violations violations) {
		return new ShareDraft(row.text("url"), row.text("channel_code"), row.dateTime("shared_at", violations),
				row.text("unit_code"), row.text("item_url"));
	}

	private static Map<String, Object> describe(long channelId, OffsetDateTime sharedAt, long unitId, Long itemId) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("channel_id", channelId);
		state.put("shared_at", sharedAt.toString());
		state.put("unit_id", unitId);
		state.put("item_id", itemId);
		return state;
	}

	static Share map(ResultSet rs, int row) throws SQLException {
		long item = rs.getLong("item_id");
		Long itemId = rs.wasNull() ? null : item;
		return new Share(rs.getLong("id"), rs.getString("url"), rs.getLong("channel_id"),
				ProvinceTime.local(rs.getObject("shared_at", OffsetDateTime.class)),
				rs.getObject("shared_on", LocalDate.class), rs.getLong("unit_id"), itemId, rs.getInt("version"));
	}
}

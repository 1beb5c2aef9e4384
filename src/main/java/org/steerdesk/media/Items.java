package org.steerdesk.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.org.OrgAccess;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.NotFoundException;
import org.steerdesk.shared.Permission;
import org.steerdesk.shared.BulkInsert;
import org.steerdesk.shared.InvalidRecordException;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.SaveResult;
import org.steerdesk.shared.StaleRecordException;
import org.steerdesk.shared.Violations;

/**
 * Published items (tin bài), keyed by their normalised URL. Saving works in batches, so that an
 * import of 100,000 rows costs a few statements per thousand rows.
 */
@Service
@Transactional(readOnly = true)
public class Items {

	static final String RECORD = "media-item";

	private static final BulkInsert INSERT = new BulkInsert("media_items", "url", "title", "title_key", "kind", "published_at",
			"published_on", "channel_id", "unit_id", "themes");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Units units;

	private final OrgAccess access;

	private final Channels channels;

	private final AuditLog audit;

	Items(JdbcClient jdbc, JdbcTemplate template, Units units, OrgAccess access, Channels channels, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.units = units;
		this.access = access;
		this.channels = channels;
		this.audit = audit;
	}

	/**
	 * The item with this id, on which the actor holds the permission.
	 * @throws NotFoundException when there is none
	 */
	public Item require(long id, Permission permission, Actor actor) {
		return access.require(byId(id), Item::unitId, permission, actor, "Item " + id);
	}

	public Optional<Item> byId(long id) {
		return jdbc.sql("SELECT * FROM media_items WHERE id = ?").param(id).query(Items::map).optional();
	}

	public Optional<Item> byUrl(String url) {
		String normalised = MediaUrls.normalise(url);
		if (normalised == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM media_items WHERE url = ?").param(normalised).query(Items::map).optional();
	}

	/** Saves one item from the page, as the actor; a stale version is refused. */
	@Transactional
	public SaveOutcome save(ItemDraft draft, Actor actor, Integer expectedVersion) {
		if (expectedVersion != null) {
			Optional<Item> existing = byUrl(draft.url());
			if (existing.isPresent() && existing.get().version() != expectedVersion) {
				throw new StaleRecordException(RECORD + " " + draft.url());
			}
		}
		SaveResult result = saveAll(List.of(draft), refs(actor), true).get(0);
		if (result.violations() != null) {
			throw new InvalidRecordException(result.violations());
		}
		return result.outcome();
	}

	MediaRefs refs(Actor actor) {
		return new MediaRefs(units, access, channels, actor);
	}

	/**
	 * Validates and saves a batch of drafts; an invalid draft is reported and skipped (the caller
	 * decides whether to roll back). With {@code auditEach}, every change is logged one by one.
	 */
	@Transactional
	List<SaveResult> saveAll(List<ItemDraft> drafts, MediaRefs refs, boolean auditEach) {
		return saveChecked(drafts.stream().map(d -> ItemRows.check(d, new Violations())).toList(), refs, auditEach);
	}

	/** Saves a batch of checked drafts, resolving their channel and unit; see {@link #saveAll}. */
	@Transactional
	List<SaveResult> saveChecked(List<ItemRows.Checked> drafts, MediaRefs refs, boolean auditEach) {
		List<SaveResult> results = new ArrayList<>(drafts.size());
		List<Object[]> valid = new ArrayList<>();
		List<Integer> validIndex = new ArrayList<>();
		for (ItemRows.Checked draft : drafts) {
			Violations violations = draft.violations();
			Channel channel = refs.channel(draft.channelCode(), "channel_code", violations);
			Long unitId = refs.unit(draft.unitCode(), "unit_code", violations);
			if (!violations.isEmpty()) {
				results.add(SaveResult.refused(violations));
				continue;
			}
			results.add(null);
			validIndex.add(results.size() - 1);
			valid.add(new Object[] { draft.url(), draft.title(), draft.titleKey(), draft.kind().name(), draft.publishedAt(),
					draft.day(), channel.id(), unitId, draft.themes() });
		}
		Map<String, Item> existing = existing(valid.stream().map(v -> (String) v[0]).toList());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < valid.size(); i++) {
			Object[] v = valid.get(i);
			Item before = existing.get((String) v[0]);
			SaveOutcome outcome;
			if (before == null) {
				inserts.add(v);
				outcome = SaveOutcome.CREATED;
			}
			else if (before.title().equals(v[1]) && before.kind().name().equals(v[3])
					&& before.publishedAt().toInstant().equals(((OffsetDateTime) v[4]).toInstant())
					&& before.channelId() == (long) v[6] && before.unitId() == (long) v[7]
					&& Objects.equals(MediaText.themes(before.themes()), v[8])) {
				outcome = SaveOutcome.UNCHANGED;
			}
			else if (!refs.mayEdit(before.unitId())) {
				results.set(validIndex.get(i), SaveResult.refused(new Violations().add("url", "error.access.record")));
				continue;
			}
			else {
				Object[] u = Arrays.copyOfRange(v, 1, 10);
				u[8] = before.id();
				updates.add(u);
				outcome = SaveOutcome.UPDATED;
			}
			results.set(validIndex.get(i), SaveResult.saved(outcome));
			if (auditEach && outcome != SaveOutcome.UNCHANGED) {
				audit.record(refs.actor().username(), outcome == SaveOutcome.CREATED ? AuditAction.CREATE : AuditAction.UPDATE,
						RECORD, (String) v[0], before == null ? null : describe(before), describe(v));
			}
		}
		if (!inserts.isEmpty()) {
			INSERT.insert(template, inserts);
		}

		if (!updates.isEmpty()) {
			template.batchUpdate("""
					UPDATE media_items SET title = ?, title_key = ?, kind = ?, published_at = ?, published_on = ?, channel_id = ?,
					unit_id = ?, themes = ?, version = version + 1 WHERE id = ?""", updates);
			// Observations repeat their target's unit and day.
			template.batchUpdate("UPDATE media_metrics SET target_unit_id = ?, target_on = ? WHERE target_type = 'I' AND target_id = ?",
					updates.stream().map(u -> new Object[] { u[6], u[4], u[8] }).toList());
		}
		return results;
	}

	/** Items by normalised URL, fetched a thousand at a time. */
	Map<String, Item> existing(List<String> urls) {
		return MediaText.byUrl(jdbc, "media_items", Items::map, Item::url, urls);
	}

	/** Items by normalised URL as {id, unit id, epoch day published} (for shares and metrics). */
	Map<String, long[]> idsAndUnits(Collection<String> urls) {
		return MediaText.targets(jdbc, "media_items", "published_on", urls);
	}

	private Map<String, Object> describe(Item item) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("url", item.url());
		state.put("title", item.title());
		state.put("kind", item.kind().name());
		state.put("published_at", item.publishedAt().toString());
		state.put("channel_id", item.channelId());
		state.put("unit_id", item.unitId());
		state.put("themes", MediaText.themes(item.themes()));
		return state;
	}

	private Map<String, Object> describe(Object[] v) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("url", v[0]);
		state.put("title", v[1]);
		state.put("kind", v[3]);
		state.put("published_at", v[4].toString());
		state.put("channel_id", v[6]);
		state.put("unit_id", v[7]);
		state.put("themes", v[8]);
		return state;
	}

	static Item map(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong("id"), rs.getString("url"), rs.getString("title"), ItemKind.valueOf(rs.getString("kind")),
				ProvinceTime.local(rs.getObject("published_at", OffsetDateTime.class)),
				rs.getObject("published_on", LocalDate.class), rs.getLong("channel_id"), rs.getLong("unit_id"),
				MediaText.themeList(rs.getString("themes")), rs.getInt("version"));
	}
}

package org.steerdesk.media;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.shared.ProvinceTime;
import org.steerdesk.imports.ImportRow;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.SaveResult;
import org.steerdesk.shared.Bounds;
import org.steerdesk.shared.Violations;

/**
 * Observations of items and shares (lượt xem, ...). Each has its own time and is never
 * overwritten by a later one; the same target, metric and time again is the same observation
 * (a changed value corrects it).
 */
@Service
@Transactional(readOnly = true)
public class Metrics {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Items items;

	private final Shares shares;

	private final org.steerdesk.audit.AuditLog audit;

	Metrics(JdbcClient jdbc, JdbcTemplate template, Items items, Shares shares, org.steerdesk.audit.AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.template = template;
		this.items = items;
		this.shares = shares;
	}

	/** Every observation of an item ('I') or share ('S'), oldest first. */
	public List<Observation> history(char targetType, long targetId) {
		return jdbc.sql("SELECT metric, metric_value, observed_at FROM media_metrics WHERE target_type = ? AND target_id = ? ORDER BY observed_at, metric")
			.params(String.valueOf(targetType), targetId)
			.query((rs, n) -> new Observation(Metric.valueOf(rs.getString(1)), rs.getLong(2),
					ProvinceTime.local(rs.getObject(3, OffsetDateTime.class))))
			.list();
	}

	/** Records one observation from the page, as the actor. */
	@Transactional
	public SaveOutcome observe(MetricDraft draft, org.steerdesk.shared.Actor actor) {
		SaveResult result = saveAll(List.of(draft), items.refs(actor)).get(0);
		if (result.violations() != null) {
			throw new org.steerdesk.shared.InvalidRecordException(result.violations());
		}
		if (result.outcome() != SaveOutcome.UNCHANGED) {
			audit.record(actor.username(), org.steerdesk.audit.AuditAction.CREATE, "media-metric",
					MediaUrls.normalise(draft.targetUrl()) + "/" + draft.metric() + "/" + draft.observedAt(), null,
					java.util.Map.of("value", draft.value()));
		}
		return result.outcome();
	}

	@Transactional
	List<SaveResult> saveAll(List<MetricDraft> drafts, MediaRefs refs) {
		Set<String> urls = new HashSet<>();
		drafts.forEach(d -> {
			String u = MediaUrls.normalise(d.targetUrl());
			if (u != null) {
				urls.add(u);
			}
		});
		Map<String, long[]> itemTargets = items.idsAndUnits(urls);
		Map<String, long[]> shareTargets = shares.idsAndUnits(urls);
		List<SaveResult> results = new ArrayList<>(drafts.size());
		List<Object[]> valid = new ArrayList<>();
		List<Integer> validIndex = new ArrayList<>();
		for (MetricDraft draft : drafts) {
			Violations violations = new Violations();
			String url = MediaUrls.required(draft.targetUrl(), "target_url", violations);
			String type = null;
			long[] target = null;
			if (itemTargets.containsKey(url)) {
				type = "I";
				target = itemTargets.get(url);
			}
			else if (shareTargets.containsKey(url)) {
				type = "S";
				target = shareTargets.get(url);
			}
			else if (url != null) {
				violations.add("target_url", "media.metric.unknownTarget", url);
			}
			if (target != null && !refs.mayEdit(target[1])) {
				violations.add("target_url", "error.access.record");
			}
			if (draft.metric() == null) {
				violations.add("metric", "validation.required");
			}
			if (draft.value() == null) {
				violations.add("value", "validation.required");
			}
			else if (draft.value() < 0) {
				violations.add("value", "validation.notNegative", draft.value());
			}
			else if (draft.value() > Bounds.MAX_METRIC_VALUE) {
				violations.add("value", "validation.atMost", draft.value(), Bounds.MAX_METRIC_VALUE);
			}
			if (draft.observedAt() == null) {
				violations.add("observed_at", "validation.required");
			}
			if (!violations.isEmpty()) {
				results.add(SaveResult.refused(violations));
				continue;
			}
			results.add(null);
			validIndex.add(results.size() - 1);
			valid.add(new Object[] { type, target[0], draft.metric().name(), draft.value(), draft.observedAt(),
					MediaText.localDay(draft.observedAt()), target[1], java.time.LocalDate.ofEpochDay(target[2]) });
		}
		Map<String, long[]> existing = existing(valid);
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < valid.size(); i++) {
			Object[] v = valid.get(i);
			long[] before = existing.get(key(v[0], (long) v[1], v[2], (OffsetDateTime) v[4]));
			SaveOutcome outcome;
			if (before == null) {
				inserts.add(v);
				outcome = SaveOutcome.CREATED;
			}
			else if (before[1] == (long) v[3]) {
				outcome = SaveOutcome.UNCHANGED;
			}
			else {
				updates.add(new Object[] { v[3], before[0] });
				outcome = SaveOutcome.UPDATED;
			}
			results.set(validIndex.get(i), SaveResult.saved(outcome));
		}
		if (!inserts.isEmpty()) {
			template.batchUpdate("""
					INSERT INTO media_metrics (target_type, target_id, metric, metric_value, observed_at, observed_on, target_unit_id, target_on)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
			relink(inserts);
		}
		if (!updates.isEmpty()) {
			template.batchUpdate("UPDATE media_metrics SET metric_value = ? WHERE id = ?", updates);
		}
		return results;
	}

	/**
	 * Sets next_observed_on, the day of the next observation of the same target and metric, on
	 * every observation of the targets that just got new ones.
	 */
	private void relink(List<Object[]> inserted) {
		Set<String> seen = new HashSet<>();
		List<Object[]> targets = new ArrayList<>();
		for (Object[] v : inserted) {
			if (seen.add(v[0] + "/" + v[1] + "/" + v[2])) {
				targets.add(new Object[] { v[0], v[1], v[2] });
			}
		}
		template.batchUpdate("""
				UPDATE media_metrics SET next_observed_on = (SELECT MIN(n.observed_on) FROM media_metrics n
				  WHERE n.target_type = media_metrics.target_type AND n.target_id = media_metrics.target_id
				  AND n.metric = media_metrics.metric AND n.observed_at > media_metrics.observed_at)
				WHERE target_type = ? AND target_id = ? AND metric = ?""", targets);
	}

	/** Existing observations of the batch's targets: key → {id, value}. */
	private Map<String, long[]> existing(List<Object[]> valid) {
		Map<String, long[]> found = new HashMap<>();
		Set<Long> itemIds = new HashSet<>();
		Set<Long> shareIds = new HashSet<>();
		valid.forEach(v -> ("I".equals(v[0]) ? itemIds : shareIds).add((long) v[1]));
		for (String type : List.of("I", "S")) {
			List<Long> ids = new ArrayList<>("I".equals(type) ? itemIds : shareIds);
			for (int from = 0; from < ids.size(); from += MediaText.CHUNK) {
				jdbc.sql("SELECT id, target_id, metric, observed_at, metric_value FROM media_metrics WHERE target_type = ? AND target_id = ANY(?)")
					.param(type)
					.param(ids.subList(from, Math.min(ids.size(), from + MediaText.CHUNK)).toArray(new Long[0]))
					.query((rs, n) -> found.put(key(type, rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)),
							new long[] { rs.getLong(1), rs.getLong(5) }))
					.list();
			}
		}
		return found;
	}

	private static String key(Object type, long id, Object metric, OffsetDateTime at) {
		return type + "/" + id + "/" + metric + "/" + at.toInstant();
	}

	static MetricDraft read(ImportRow row, Violations violations) {
		return new MetricDraft(row.text("target_url"), row.enumValue("metric", Metric.class, "media.metric.", violations),
				row.count("value", Bounds.MAX_METRIC_VALUE, violations), row.dateTime("observed_at", violations));
	}
}

package org.steerdesk.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.steerdesk.shared.Actor;
import org.steerdesk.shared.SaveOutcome;
import org.steerdesk.shared.Violations;

/**
 * What an {@link ImportTarget} reports while it applies a file: the outcome of every row, the
 * rows it rejects, and its progress. Any rejection rolls the whole file back.
 */
public final class ImportSession {

	/** A rejected cell; {@code code} is a message key. */
	public record Rejection(int row, String column, String code, List<Object> args) {
	}

	private final Actor actor;

	private final ImportProgress progress;

	private final int total;

	private final Map<SaveOutcome, Integer> counts = new EnumMap<>(SaveOutcome.class);

	private final List<Rejection> rejections = new ArrayList<>();

	private int done;

	ImportSession(Actor actor, ImportProgress progress, int total) {
		this.actor = actor;
		this.progress = progress;
		this.total = total;
	}

	public Actor actor() {
		return actor;
	}

	/** Counts a saved row and reports progress. */
	public void saved(SaveOutcome outcome) {
		counts.merge(outcome, 1, Integer::sum);
		advance();
	}

	/** Rejects a row with every violation found in it. */
	public void reject(ImportRow row, Violations violations) {
		for (Violations.Violation v : violations.list()) {
			rejections.add(new Rejection(row.number(), v.field(), v.code(), v.args()));
		}
		advance();
	}

	public boolean hasRejections() {
		return !rejections.isEmpty();
	}

	List<Rejection> rejections() {
		return rejections;
	}

	int count(SaveOutcome outcome) {
		return counts.getOrDefault(outcome, 0);
	}

	private void advance() {
		done++;
		progress.report(done, total);
	}
}

package org.steerdesk.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

	/** The rows expected, once the file's reading knows (read by the import's thread, set by the reading one). */
	private volatile int total;

	private final Map<SaveOutcome, Integer> counts = new EnumMap<>(SaveOutcome.class);

	private final List<Rejection> rejections = new ArrayList<>();

	private final Map<Object, Object> shared = new HashMap<>();

	private int done;

	ImportSession(Actor actor, ImportProgress progress) {
		this.actor = actor;
		this.progress = progress;
	}

	/** Sets the rows expected, for progress. */
	void expect(int rows) {
		this.total = rows;
	}

	/** Reports the last progress: every row done. */
	void finish(int rows) {
		progress.report(rows, rows);
	}

	public Actor actor() {
		return actor;
	}

	/**
	 * What the whole file shares, made once on first use (e.g. the unit and channel codes a
	 * register resolves), so that references are looked up once per file, not per chunk.
	 */
	@SuppressWarnings("unchecked")
	public <T> T shared(Class<T> type, Supplier<T> make) {
		return (T) shared.computeIfAbsent(type, k -> make.get());
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
		progress.report(done, Math.max(done, total));
	}
}

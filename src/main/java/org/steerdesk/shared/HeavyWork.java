package org.steerdesk.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one gate of every heavy operation (documents rendered, texts extracted, blind copies built,
 * similarities compared, exports written): at most {@code steerdesk.heavy.per-instance} run at
 * once on this instance and {@code steerdesk.heavy.per-user} for one user; one more waits up to
 * {@code steerdesk.heavy.wait}, then is refused with 429 and Retry-After, so no user can take the
 * heap or the processors from the others. Each run is timed (metric {@code steerdesk.heavy}, tagged by
 * kind). The permits are of this process: they count what this process is doing, which no other
 * instance needs to know.
 */
@Component
public class HeavyWork {

	private final Semaphore instance;

	private final int perUser;

	private final long waitMillis;

	/** One semaphore per user who ran heavy work on this instance (as many as there are users). */
	private final ConcurrentHashMap<String, Semaphore> users = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	HeavyWork(@Value("${steerdesk.heavy.per-instance:2}") int perInstance, @Value("${steerdesk.heavy.per-user:1}") int perUser,
			@Value("${steerdesk.heavy.wait:PT10S}") java.time.Duration wait, MeterRegistry meters) {
		this.instance = new Semaphore(Math.max(1, perInstance), true);
		this.perUser = Math.max(1, perUser);
		this.waitMillis = wait.toMillis();
		this.meters = meters;
	}

	/** Heavy work already running on this thread: work nested in it (a document rendered for a certificate run) takes no second permit. */
	private static final ThreadLocal<Boolean> INSIDE = new ThreadLocal<>();

	/** Runs {@code work} of {@code kind} for the signed-in user of this request (or the system, for background work). */
	public <T> T run(String kind, Supplier<T> work) {
		org.springframework.security.core.Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return run(kind, auth == null ? "system" : auth.getName(), work);
	}

	/**
	 * Runs {@code work} of {@code kind} for {@code user} within the limits.
	 * @throws RefusedRequestException 429 when the user already runs their share, or the instance stays full
	 */
	public <T> T run(String kind, String user, Supplier<T> work) {
		if (INSIDE.get() != null) {
			return work.get();
		}
		try (Permit permit = enter(kind, user)) {
			return work.get();
		}
	}

	/** A place taken at the gate, given back when closed (on the thread that took it). */
	public final class Permit implements AutoCloseable {

		private final Semaphore mine;

		private final Timer.Sample sample;

		private final String kind;

		private boolean open = true;

		private Permit(String kind, Semaphore mine) {
			this.kind = kind;
			this.mine = mine;
			this.sample = Timer.start(meters);
			INSIDE.set(Boolean.TRUE);
		}

		@Override
		public void close() {
			if (open) {
				open = false;
				INSIDE.remove();
				sample.stop(meters.timer("steerdesk.heavy", "kind", kind));
				instance.release();
				mine.release();
			}
		}
	}

	/**
	 * Takes a place for heavy work of {@code kind} for {@code user}, waiting within the limits; for
	 * work that cannot be given as one call (an export streamed by its controller).
	 * @throws RefusedRequestException 429 when the user already runs their share, or the instance stays full
	 */
	public Permit enter(String kind, String user) {
		Semaphore mine = users.computeIfAbsent(user, u -> new Semaphore(perUser, true));
		boolean userPermit = false;
		try {
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
			userPermit = mine.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
			if (userPermit && instance.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				return new Permit(kind, mine);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (userPermit) {
			mine.release();
		}
		throw new RefusedRequestException(429, "error.heavyBusy", null, 10);
	}
}

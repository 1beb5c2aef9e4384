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
		Semaphore mine = users.computeIfAbsent(user, u -> new Semaphore(perUser, true));
		boolean userPermit = false;
		boolean instancePermit = false;
		try {
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
			userPermit = mine.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
			instancePermit = userPermit && instance.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (!instancePermit) {
				throw new RefusedRequestException(429, "error.heavyBusy", null, 10);
			}
			Timer.Sample sample = Timer.start(meters);
			INSIDE.set(Boolean.TRUE);
			try {
				return work.get();
			}
			finally {
				INSIDE.remove();
				sample.stop(meters.timer("steerdesk.heavy", "kind", kind));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RefusedRequestException(429, "error.heavyBusy", null, 10);
		}
		finally {
			if (instancePermit) {
				instance.release();
			}
			if (userPermit) {
				mine.release();
			}
		}
	}
}

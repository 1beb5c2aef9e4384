package org.steerdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two things done at the same moment, for the tests of races. */
public final class Races {

	private Races() {
	}

	/** Runs both at once (released together); each outcome is null for success, else what it threw. */
	public static List<Throwable> race(Callable<?> a, Callable<?> b) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Throwable>> outcomes = new ArrayList<>();
			for (Callable<?> c : List.of(a, b)) {
				outcomes.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						c.call();
						return null;
					}
					catch (Exception e) {
						return e;
					}
				}));
			}
			List<Throwable> out = new ArrayList<>();
			for (Future<Throwable> f : outcomes) {
				out.add(f.get(60, TimeUnit.SECONDS));
			}
			return out;
		}
		finally {
			pool.shutdownNow();
		}
	}
}

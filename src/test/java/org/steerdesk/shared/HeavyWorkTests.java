package org.steerdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The heavy-work gate: one user's second heavy request waits, then is refused; others pass; nested work takes no second permit. */
class HeavyWorkTests {

	@Test
	void aUsersSecondHeavyRequestIsRefusedWhileTheFirstRunsAndOthersPass() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		HeavyWork gate = new HeavyWork(2, 1, Duration.ofMillis(200), meters);
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> gate.run("certificates", "bientap", () -> {
				running.countDown();
				await(release);
				return "done";
			}));
			running.await();
			assertThatThrownBy(() -> gate.run("certificates", "bientap", () -> "second"))
				.isInstanceOfSatisfying(RefusedRequestException.class, e -> assertThat(e.status()).isEqualTo(429));
			assertThat(gate.run("certificates", "thuky", () -> "another user")).isEqualTo("another user");
			assertThat(gate.run("certificates", "thuky", () -> gate.run("document", "thuky", () -> "nested"))).isEqualTo("nested");
			release.countDown();
			assertThat(first.get()).isEqualTo("done");
			assertThat(gate.run("certificates", "bientap", () -> "after")).isEqualTo("after");
			assertThat(meters.timer("steerdesk.heavy", "kind", "certificates").count()).isEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theInstanceLimitHoldsAcrossUsers() throws Exception {
		HeavyWork gate = new HeavyWork(1, 1, Duration.ofMillis(200), new SimpleMeterRegistry());
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<String> first = pool.submit(() -> gate.run("text", "a", () -> {
				running.countDown();
				await(release);
				return "a";
			}));
			running.await();
			assertThatThrownBy(() -> gate.run("text", "b", () -> "b")).isInstanceOf(RefusedRequestException.class);
			release.countDown();
			assertThat(first.get()).isEqualTo("a");
			assertThat(gate.run("text", "b", () -> "b")).isEqualTo("b");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aPermitTakenForStreamedWorkHoldsItsPlaceUntilClosed() {
		HeavyWork gate = new HeavyWork(2, 1, Duration.ofMillis(100), new SimpleMeterRegistry());
		HeavyWork.Permit export = gate.enter("export", "bientap");
		assertThatThrownBy(() -> gate.enter("export", "bientap")).isInstanceOf(RefusedRequestException.class);
		export.close();
		export.close();
		gate.enter("export", "bientap").close();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

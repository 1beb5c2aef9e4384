package org.steerdesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;

/** A body's document numbers run 1, 2, 3 within a year, restart the next year, and never repeat under concurrent issues. */
@SteerdeskTest
class DocumentNumbersTests {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void numbersRunPerIssuerAndYear() {
		String issuer = World.prefix();
		assertThat(take(issuer, 2023)).isEqualTo(1);
		assertThat(take(issuer, 2023)).isEqualTo(2);
		assertThat(take(issuer, 2024)).isEqualTo(1);
		assertThat(take(issuer + "-OTHER", 2023)).isEqualTo(1);
		assertThat(take(issuer, 2023)).isEqualTo(3);
	}

	@Test
	void aRolledBackIssueGivesItsNumberBack() {
		String issuer = World.prefix();
		assertThat(take(issuer, 2023)).isEqualTo(1);
		transactions.executeWithoutResult(status -> {
			assertThat(numbers.next(issuer, 2023)).isEqualTo(2);
			status.setRollbackOnly();
		});
		assertThat(take(issuer, 2023)).isEqualTo(2);
	}

	@Test
	void concurrentIssuesNeverShareANumber() throws Exception {
		String issuer = World.prefix();
		int count = 8;
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		Set<Integer> taken = ConcurrentHashMap.newKeySet();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				taken.add(take(issuer, 2025));
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : futures) {
			f.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(taken).isEqualTo(IntStream.rangeClosed(1, count).boxed().collect(Collectors.toSet()));
	}

	int take(String issuer, int year) {
		return transactions.execute(status -> numbers.next(issuer, year));
	}
}

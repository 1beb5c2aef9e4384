package org.steerdesk.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a login name for 15 minutes after 5 failed logins in a row. It counts by the name typed,
 * whether or not an account has it, so the lockout never tells which names exist.
 * <p>
 * The count is taken atomically across requests and instances: every password check of a name
 * holds that name's row locked in the database ({@code SELECT ... FOR UPDATE}) from reading the
 * count to writing the outcome, so forty parallel guesses are checked one after another and the
 * sixth finds the name locked.
 */
@Service
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	/** Rows of names that are neither locked nor failed for this long are forgotten. */
	static final Duration FORGET = Duration.ofDays(1);

	/** How long an attempt waits behind others at the same name on this instance. */
	static final Duration WAIT = Duration.ofSeconds(10);

	private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

	static {
		for (int i = 0; i < STRIPES.length; i++) {
			STRIPES[i] = new ReentrantLock(true);
		}
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Checks a password attempt for a name while holding the name's count: refused at once when the
	 * name is locked; a failure is counted, and the fifth in a row locks the name.
	 * @param check checks the password, throwing {@link BadCredentialsException} when it is wrong
	 * @throws LockedException when the name is locked, or this failure locked it
	 */
	public Authentication attempt(String username, Supplier<Authentication> check) {
		String key = key(username);
		// attempts at one name queue here, not in the connection pool: a burst of guesses holds one connection
		ReentrantLock stripe = STRIPES[Math.floorMod(key.hashCode(), STRIPES.length)];
		try {
			if (!stripe.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new LockedException("busy");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LockedException("interrupted");
		}
		try {
			return attemptHoldingStripe(key, check);
		}
		finally {
			stripe.unlock();
		}
	}

	private static final Object NOT_SEEN = new Object();

	/** A name's count as read under its row lock. */
	private record Count(int failures, OffsetDateTime lockedUntil) {
	}

	/**
	 * Reads the count holding the name's row, checks the password, writes the outcome. A name
	 * seen before needs no insert, and a success over a clean count writes nothing, so a signed-in
	 * HTTP Basic client costs one locking read per request.
	 */
	private Authentication attemptHoldingStripe(String key, Supplier<Authentication> check) {
		Object outcome = transactions.execute(tx -> {
			Count count = jdbc.sql("SELECT failures, locked_until FROM login_attempts WHERE username = ? FOR UPDATE")
				.param(key)
				.query((rs, n) -> new Count(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)))
				.optional()
				.orElse(null);
			if (count == null) {
				return NOT_SEEN; // its row is made first, then the attempt starts again
			}
			if (count.lockedUntil() != null && count.lockedUntil().isAfter(now())) {
				return new LockedException("locked");
			}
			try {
				Authentication result = check.get();
				if (count.failures() != 0 || count.lockedUntil() != null) {
					jdbc.sql("UPDATE login_attempts SET failures = 0, locked_until = NULL, last_attempt_at = ? WHERE username = ?")
						.params(now(), key)
						.update();
				}
				return result;
			}
			catch (BadCredentialsException e) {
				int failures = count.failures() + 1;
				boolean lock = failures >= MAX_FAILURES;
				jdbc.sql("UPDATE login_attempts SET failures = ?, locked_until = ?, last_attempt_at = ? WHERE username = ?")
					.params(lock ? 0 : failures, lock ? now().plus(LOCK) : null, now(), key)
					.update();
				return lock ? new LockedException("locked") : e;
			}
		});
		if (outcome == NOT_SEEN) {
			ensureRow(key);
			return attemptHoldingStripe(key, check);
		}
		if (outcome instanceof RuntimeException refused) {
			throw refused; // thrown after the count is committed
		}
		return (Authentication) outcome;
	}

	public boolean isLocked(String username) {
		return jdbc.sql("SELECT locked_until FROM login_attempts WHERE username = ?")
			.param(key(username))
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.filter(until -> until != null && until.isAfter(now()))
			.isPresent();
	}

	/** Lifts a lock (administrators). */
	public void unlock(String username) {
		jdbc.sql("DELETE FROM login_attempts WHERE username = ?").param(key(username)).update();
	}

	/** Forgets names that are not locked and have not been tried for a day, so typed names do not pile up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	public void forgetOldAttempts() {
		OffsetDateTime now = now();
		jdbc.sql("DELETE FROM login_attempts WHERE (locked_until IS NULL OR locked_until < ?) AND last_attempt_at < ?")
			.params(now, now.minus(FORGET))
			.update();
	}

	/** The name's row exists before it is locked for the check; a concurrent insert of the same name is fine. */
	private void ensureRow(String key) {
		try {
			transactions.executeWithoutResult(tx -> jdbc.sql("""
					INSERT INTO login_attempts (username, failures, last_attempt_at)
					SELECT ?, 0, ? FROM (VALUES (1)) AS one (x)
					WHERE NOT EXISTS (SELECT 1 FROM login_attempts WHERE username = ?)""")
				.params(key, now(), key)
				.update());
		}
		catch (DataIntegrityViolationException e) {
			// another request inserted it first
		}
	}

	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 64 ? key.substring(0, 64) : key;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}
}

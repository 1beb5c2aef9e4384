package org.steerdesk.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.RefusedRequestException;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loser of two imports writing the same keys at once is told so (409, in the user's language),
 * whichever way the database refuses it: a duplicate key, or a lock it could not take.
 */
@SteerdeskTest
class ImportConflictTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	/** A register whose rows meet a concurrent import's writes. */
	static ImportTarget losing(RuntimeException thrown) {
		return RecordImport.of("probe", String.class)
			.columns(ImportColumn.required("code"))
			.key("code")
			.allowedIf(actor -> true)
			.reader((row, violations) -> row.text("code"))
			.batches((drafts, session) -> {
				throw thrown;
			});
	}

	@Test
	void aDuplicateKeyOrALockTimeoutFromAConcurrentImportIs409() {
		for (RuntimeException race : new RuntimeException[] { new DuplicateKeyException("unique"), new CannotAcquireLockException("lock") }) {
			ImportPipeline pipeline = new ImportPipeline(List.of(losing(race)), transactions, audit, messages, ImportLimits.defaults());
			assertThatThrownBy(() -> pipeline.run("probe", "code\nA\n".getBytes(StandardCharsets.UTF_8), false, World.system(), Locale.ENGLISH,
					ImportProgress.NONE, Duration.ofSeconds(1)))
				.isInstanceOf(ConcurrentImportException.class)
				.satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RefusedRequestException) e).status()).isEqualTo(409));
		}
	}
}

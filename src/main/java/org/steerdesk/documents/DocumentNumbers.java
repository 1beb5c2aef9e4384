package org.steerdesk.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each issuing body's own document number sequence, restarting every year (advisory bodies such
 * as steering committees keep their own, DESIGN.md "Documents"). Taking a number locks the
 * body's row for the year until the issuing transaction ends, so two documents never share one
 * and a rolled-back issue gives its number back.
 */
@Service
public class DocumentNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of {@code issuer} in {@code year}: 1, 2, 3, ... */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(String issuer, int year) {
		if (increment(issuer, year) == 0) {
			// the year's first number: create the row on its own, so that a second issuer racing
			// here waits on the row instead of failing the whole issue
			separately.executeWithoutResult(status -> {
				try {
					jdbc.update("INSERT INTO document_sequences (issuer, doc_year, last_number) VALUES (?, ?, 0)", issuer, year);
				}
				catch (DuplicateKeyException alreadyThere) {
					status.setRollbackOnly();
				}
			});
			increment(issuer, year);
		}
		return jdbc.queryForObject("SELECT last_number FROM document_sequences WHERE issuer = ? AND doc_year = ?", Integer.class, issuer, year);
	}

	private int increment(String issuer, int year) {
		return jdbc.update("UPDATE document_sequences SET last_number = last_number + 1 WHERE issuer = ? AND doc_year = ?", issuer, year);
	}
}

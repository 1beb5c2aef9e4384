package org.steerdesk.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database. A session's attributes are written as an upsert ({@code ON CONFLICT} on
 * PostgreSQL, {@code MERGE} on H2), so that the first requests of one session arriving together do not collide
 * on the attributes' primary key (they answered 500).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpsert(DataSource dataSource) {
		String product;
		try {
			product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException e) {
			product = "";
		}
		if (product != null && product.contains("PostgreSQL")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		// H2: the same upsert as MERGE on the attributes' key (parallel requests of one new session answered 500)
		return repository -> repository.setCreateSessionAttributeQuery("""
				MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
				VALUES (?, ?, ?)""");
	}
}

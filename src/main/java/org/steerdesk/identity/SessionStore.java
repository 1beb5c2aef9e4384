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
 * Sessions in the database. On PostgreSQL a session's attributes are written with
 * {@code ON CONFLICT}, so that the first requests of one session arriving together do not collide
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
		return product != null && product.contains("PostgreSQL") ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer() : repository -> {
		};
	}
}

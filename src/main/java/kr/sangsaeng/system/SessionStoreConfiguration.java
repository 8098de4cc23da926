package kr.sangsaeng.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, so that any instance serves any request. Two requests of one session that add the
 * same attribute at the same moment (the first pages of a new visitor, a page and its htmx requests, two tabs)
 * both write it: with PostgreSQL's upsert the later write wins instead of failing on the attribute's key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}

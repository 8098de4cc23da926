package kr.sangsaeng.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL, so that any instance serves any request. Two requests of one session that add the
 * same attribute at the same moment (the first pages of a new visitor, a page and its htmx requests, two tabs)
 * both write it: with PostgreSQL's upsert the later write wins instead of failing on the attribute's key. Requests
 * read and write them through {@link SessionStore}: once per request, and only when changed, reading without a
 * transaction of their own and writing in one ({@link SessionTransactions}). {@link ExpiredSessions}
 * removes the expired ones.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return sessions -> {
			sessions.setDefaultMaxInactiveInterval(timeout);
			sessions.setCleanupCron(Scheduled.CRON_DISABLED);
		};
	}

	@Bean
	SessionTransactions springSessionTransactionOperations(PlatformTransactionManager transactions) {
		return new SessionTransactions(transactions);
	}

	/**
	 * The application's own transaction template, which Spring Boot makes only while no other
	 * {@link org.springframework.transaction.support.TransactionOperations} is defined, such as the sessions'.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	@Bean
	FilterRegistrationBean<SessionReadOnceFilter> sessionReadOnceFilter() {
		FilterRegistrationBean<SessionReadOnceFilter> registration = new FilterRegistrationBean<>(
				new SessionReadOnceFilter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	@Primary
	SessionStore sessionStore(JdbcIndexedSessionRepository sessions) {
		return new SessionStore(sessions);
	}

}

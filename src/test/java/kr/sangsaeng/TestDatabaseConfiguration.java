package kr.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place tests get their PostgreSQL from: a Testcontainers PostgreSQL where Docker runs, else the
 * database named by {@code SANGSAENG_TEST_DB_URL} (with {@code SANGSAENG_TEST_DB_USERNAME} and
 * {@code SANGSAENG_TEST_DB_PASSWORD} when the URL does not carry them), else an embedded PostgreSQL in a
 * temporary directory, shared by all tests of the run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final String URL_VARIABLE = "SANGSAENG_TEST_DB_URL";

	@Bean
	@ServiceConnection
	@Conditional(DockerRuns.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(NamedDatabase.class)
	JdbcConnectionDetails namedTestDatabase() {
		return new Connection(System.getenv(URL_VARIABLE), System.getenv("SANGSAENG_TEST_DB_USERNAME"),
				System.getenv("SANGSAENG_TEST_DB_PASSWORD"));
	}

	@Bean
	@Conditional(NeitherDockerNorNamedDatabase.class)
	JdbcConnectionDetails embeddedTestDatabase() {
		return new Connection(EmbeddedTestDatabase.INSTANCE.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

	record Connection(String getJdbcUrl, String getUsername, String getPassword) implements JdbcConnectionDetails {
	}

	private static final class EmbeddedTestDatabase {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			}
			catch (IOException failure) {
				throw new UncheckedIOException("The embedded test PostgreSQL did not start", failure);
			}
		}

	}

	private static final class Docker {

		static final boolean RUNS = detect();

		private static boolean detect() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException unavailable) {
				return false;
			}
		}

	}

	static class DockerRuns implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Docker.RUNS;
		}

	}

	static class NamedDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = System.getenv(URL_VARIABLE);
			return !Docker.RUNS && url != null && !url.isBlank();
		}

	}

	static class NeitherDockerNorNamedDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = System.getenv(URL_VARIABLE);
			return !Docker.RUNS && (url == null || url.isBlank());
		}

	}

}

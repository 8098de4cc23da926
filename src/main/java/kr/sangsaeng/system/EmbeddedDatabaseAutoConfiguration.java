package kr.sangsaeng.system;

import java.io.IOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a PostgreSQL of its own when nothing says which database to use: no {@code spring.datasource.url}
 * and no other connection (such as a test container). Its data directory survives restarts, and the server
 * is stopped when the application context closes.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(name = "sangsaeng.embedded-database.enabled", matchIfMissing = true)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean({ JdbcConnectionDetails.class, EmbeddedPostgres.class })
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Files.createDirectories(properties.dataDirectory());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory().toAbsolutePath())
			.setCleanDataDirectory(false)
			.setPGStartupWait(properties.startupTimeout())
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("locale", "C.UTF-8");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listens on port {} with data in {}", postgres.getPort(),
				properties.dataDirectory().toAbsolutePath());
		return postgres;
	}

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedPostgresConnectionDetails(postgres.getPort());
	}

	record EmbeddedPostgresConnectionDetails(int port) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return "postgres";
		}

		@Override
		public String getPassword() {
			return "";
		}

		@Override
		public String getJdbcUrl() {
			return "jdbc:postgresql://localhost:" + port + "/postgres";
		}

	}

}

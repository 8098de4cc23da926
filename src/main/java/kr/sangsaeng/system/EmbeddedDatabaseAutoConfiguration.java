package kr.sangsaeng.system;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
 * and no other connection (such as a test container). Its data directory survives restarts. The server is
 * stopped when the application context closes, and only then: every {@link DataSource} depends on it, so the
 * connection pool closes first, and the server registers no shutdown hook of its own that would stop it while the
 * pool still holds connections (which is what made stopping {@code spring-boot:run} print pool errors).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(name = "sangsaeng.embedded-database.enabled", matchIfMissing = true)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	static final String BEAN_NAME = "embeddedPostgres";

	@Bean(name = BEAN_NAME, destroyMethod = "close")
	@ConditionalOnMissingBean({ JdbcConnectionDetails.class, EmbeddedPostgres.class })
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Files.createDirectories(properties.dataDirectory());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory().toAbsolutePath())
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
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

	@Bean
	static PoolsCloseBeforeTheEmbeddedDatabase poolsCloseBeforeTheEmbeddedDatabase() {
		return new PoolsCloseBeforeTheEmbeddedDatabase();
	}

	/**
	 * Makes every data source depend on the embedded server, so that the container destroys the pools first.
	 */
	static final class PoolsCloseBeforeTheEmbeddedDatabase implements BeanFactoryPostProcessor {

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
			if (!beans.containsBeanDefinition(BEAN_NAME)) {
				return; // another connection (a test database, a container) took its place
			}
			for (String pool : beans.getBeanNamesForType(DataSource.class, true, false)) {
				BeanDefinition definition = beans.getBeanDefinition(pool);
				Set<String> dependsOn = new LinkedHashSet<>();
				if (definition.getDependsOn() != null) {
					dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
				}
				dependsOn.add(BEAN_NAME);
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		}

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

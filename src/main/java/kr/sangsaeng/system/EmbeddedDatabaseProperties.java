package kr.sangsaeng.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL that the application starts for itself when no datasource URL is configured.
 *
 * @param enabled whether to start it at all when no datasource URL is configured
 * @param dataDirectory where its data lives; kept between runs
 * @param port the port to listen on; 0 picks a free one
 * @param startupTimeout how long to wait for the server to accept connections
 */
@ConfigurationProperties("sangsaeng.embedded-database")
public record EmbeddedDatabaseProperties(Boolean enabled, Path dataDirectory, Integer port, Duration startupTimeout) {

	public EmbeddedDatabaseProperties {
		enabled = enabled == null || enabled;
		dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
		port = port == null ? 0 : port;
		startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
	}

}

package kr.sangsaeng.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.sangsaeng.SangsaengApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a configured datasource the application runs its own PostgreSQL, and what one run stores the next
 * run finds.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aSecondStartFindsTheDataOfTheFirstAndTheServerStopsWithTheApplication() {
		int firstPort;
		long migrationsAfterFirstStart;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
			jdbc.sql("insert into organisation (kind, code, name_ko, name_en) "
					+ "values ('SME', '1018101015', '재시작 확인', 'Restart check')")
				.update();
			migrationsAfterFirstStart = countMigrations(jdbc);
			firstPort = first.getBean(EmbeddedPostgres.class).getPort();
		}

		assertThatThrownBy(() -> connect(firstPort)).isInstanceOf(IOException.class);

		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = JdbcClient.create(second.getBean(DataSource.class));
			assertThat(jdbc.sql("select name_en from organisation where code = '1018101015'")
				.query(String.class)
				.single()).isEqualTo("Restart check");
			assertThat(countMigrations(jdbc)).isEqualTo(migrationsAfterFirstStart);
			assertThat(jdbc.sql("select count(*) from programme").query(Long.class).single()).isEqualTo(3L);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SangsaengApplication.class).run(
				"--sangsaeng.embedded-database.data-directory=" + dataDirectory, "--server.port=0",
				"--spring.jmx.enabled=false");
	}

	private static long countMigrations(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single();
	}

	private static void connect(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 1000);
		}
	}

}

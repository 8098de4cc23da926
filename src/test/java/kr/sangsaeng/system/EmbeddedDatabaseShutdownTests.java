package kr.sangsaeng.system;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import kr.sangsaeng.SangsaengApplication;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application closes the connection pool before the embedded PostgreSQL, and nothing else stops
 * that PostgreSQL behind the application's back: stopping {@code ./mvnw spring-boot:run} is quiet.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseShutdownTests {

	@TempDir
	Path dataDirectory;

	@Test
	void closingTheApplicationStopsThePoolFirstAndLogsNoWarningOrError(CapturedOutput output) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SangsaengApplication.class).run(
				"--sangsaeng.embedded-database.data-directory=" + dataDirectory, "--server.port=0",
				"--spring.jmx.enabled=false");
		JdbcClient.create(context.getBean(DataSource.class)).sql("select 1").query(Integer.class).single();
		ConfigurableListableBeanFactory beans = context.getBeanFactory();
		List<String> pools = Arrays.asList(beans.getBeanNamesForType(DataSource.class));
		EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);
		int started = output.getAll().length();

		assertThat(pools).isNotEmpty()
			.allSatisfy(pool -> assertThat(beans.getBeanDefinition(pool).getDependsOn()).contains("embeddedPostgres"));
		assertThat(registersItsOwnShutdownHook(postgres)).as("the embedded PostgreSQL stops itself at JVM exit")
			.isFalse();

		context.close();

		List<String> troubles = output.getAll()
			.substring(started)
			.lines()
			.filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || line.contains("Exception"))
			.toList();
		assertThat(troubles).as("log lines while stopping").isEmpty();
	}

	private static boolean registersItsOwnShutdownHook(EmbeddedPostgres postgres) throws ReflectiveOperationException {
		Field hook = EmbeddedPostgres.class.getDeclaredField("registerShutdownHook");
		hook.setAccessible(true);
		return hook.getBoolean(postgres);
	}

}

package kr.sangsaeng.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.sangsaeng.SampleData;
import kr.sangsaeng.SangsaengApplication;
import kr.sangsaeng.applications.TestSmes;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted while people use the application: meanwhile every page answers at once with the waiting page
 * (503, Retry-After) and bank systems with a 503 problem, never an error or a hang; within 10 s of PostgreSQL
 * being back the application answers again by itself, and signed-in people are still signed in. The application
 * runs as production does (its own connection pool settings, no demo data) on a PostgreSQL of its own, so that
 * the restart touches no other test.
 */
class DatabaseRestartUnderLoadIT {

	static final Duration BACK_WITHIN = Duration.ofSeconds(10);

	static final int VISITORS = 4;

	static final List<String> PAGES = List.of("/programmes", "/applications", "/api/v1/programmes");

	static final List<String> PUBLIC_PAGES = List.of("/programmes", "/api/v1/programmes");

	@TempDir
	Path dataDirectory;

	@Test
	void whilePostgresRestartsPagesAnswer503AndWithinTenSecondsOfItsReturnTheyAnswerAgain() throws Exception {
		int databasePort = freePort();
		EmbeddedPostgres postgres = startPostgres(databasePort);
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SangsaengApplication.class)
			.properties("server.port=0", "spring.jmx.enabled=false", "spring.main.banner-mode=off",
					"spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
					"spring.datasource.username=postgres", "spring.datasource.password=")
			.run()) {
			int port = ((WebServerApplicationContext) application).getWebServer().getPort();
			Visitor sme = new Visitor(port);
			assertThat(sme.submit("/register", "/register", signUp(TestSmes.validBusinessNumber())).statusCode())
				.isEqualTo(302);
			Visitor anonymous = new Visitor(port);

			Queue<Answer> answers = new ConcurrentLinkedQueue<>();
			AtomicReference<Phase> phase = new AtomicReference<>(Phase.UP);
			AtomicBoolean visiting = new AtomicBoolean(true);
			ExecutorService load = Executors.newFixedThreadPool(VISITORS);
			Duration backAfter;
			try {
				for (int i = 0; i < VISITORS; i++) {
					Visitor visitor = i % 2 == 0 ? sme : anonymous;
					List<String> pages = visitor == sme ? PAGES : PUBLIC_PAGES;
					int first = i;
					load.submit(() -> {
						for (int n = first; visiting.get(); n++) {
							answers.add(visit(visitor, pages.get(n % pages.size()), phase.get()));
						}
					});
				}
				poll(() -> count(answers, Phase.UP, 200) >= VISITORS, Duration.ofSeconds(30));

				phase.set(Phase.DOWN);
				postgres.close();
				postgres = null;
				poll(() -> count(answers, Phase.DOWN, 503) >= VISITORS, Duration.ofSeconds(30));

				postgres = startPostgres(databasePort);
				long back = System.nanoTime();
				phase.set(Phase.BACK);
				poll(() -> visit(anonymous, "/programmes", Phase.BACK).status() == 200
						&& visit(sme, "/applications", Phase.BACK).status() == 200, BACK_WITHIN);
				backAfter = Duration.ofNanos(System.nanoTime() - back);
			}
			finally {
				visiting.set(false);
				load.shutdown();
				assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			}

			assertThat(backAfter).as("answering again after PostgreSQL is back").isLessThanOrEqualTo(BACK_WITHIN);
			assertThat(answers).as("every answer whole and in time: the page, the waiting page or a 503 problem")
				.allSatisfy(answer -> assertThat(answer.clean()).as(answer.toString()).isTrue());
			assertThat(answers).filteredOn(answer -> answer.phase() == Phase.DOWN)
				.extracting(Answer::status)
				.isSubsetOf(200, 503);
			Duration slowest = answers.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
			assertThat(slowest).as("no answer waits much beyond the pool's connection timeout of 3 s")
				.isLessThan(Duration.ofSeconds(8));
			assertThat(sme.get("/applications").body()).as("still signed in").contains("(주)재기동산업");
			System.out.printf("PostgreSQL restart under load: %d answers while it was down (%d of them 503), "
					+ "slowest %d ms; pages answered again %d ms after it was back%n",
					answers.stream().filter(answer -> answer.phase() == Phase.DOWN).count(),
					count(answers, Phase.DOWN, 503), slowest.toMillis(), backAfter.toMillis());
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	private EmbeddedPostgres startPostgres(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
	}

	private static Answer visit(Visitor visitor, String path, Phase phase) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> answer = path.startsWith("/api") ? visitor.getJson(path) : visitor.get(path);
			return Answer.of(phase, path, answer, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (IOException noWholeAnswerInTime) {
			return new Answer(phase, path, -1, false, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Answer(phase, path, -1, false, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private static long count(Queue<Answer> answers, Phase phase, int status) {
		return answers.stream().filter(answer -> answer.phase() == phase && answer.status() == status).count();
	}

	/**
	 * Checks {@code condition} again and again until it holds, failing once {@code within} has passed.
	 */
	private static void poll(BooleanSupplier condition, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("within %s", within).isLessThan(deadline);
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, String> signUp(String number) {
		return SampleData.signUpForm(number, "(주)재기동산업", "정재기", "owner-" + number + "@restart.example",
				"blue harbour lantern 7");
	}

	enum Phase {
		UP, DOWN, BACK
	}

	/**
	 * What a visitor received, and whether it was something a browser or a bank system can deal with.
	 */
	record Answer(Phase phase, String path, int status, boolean clean, Duration took) {

		static Answer of(Phase phase, String path, HttpResponse<String> response, Duration took) {
			boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
			boolean clean = response.statusCode() == 200 || response.statusCode() == 503 && retryAfter
					&& (path.startsWith("/api") ? response.headers().firstValue("Content-Type").orElse("")
						.startsWith("application/problem+json")
							: Jsoup.parse(response.body()).title().contains("잠시만 기다려 주세요"));
			return new Answer(phase, path, response.statusCode(), clean, took);
		}

	}

}

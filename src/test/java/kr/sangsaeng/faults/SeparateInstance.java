package kr.sangsaeng.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import kr.sangsaeng.SangsaengApplication;

/**
 * The application in a JVM of its own, as production runs it (no demo data), on the test's database: it can be
 * killed as an operating system kills a process, without any chance to clean up.
 */
final class SeparateInstance implements AutoCloseable {

	static final Duration STARTUP = Duration.ofSeconds(120);

	/** How a JVM ends that received SIGKILL: 128 + 9. */
	static final int KILLED_BY_SIGKILL = 137;

	private final Process process;

	private final int port;

	private final Path log;

	private SeparateInstance(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static SeparateInstance start(HikariDataSource database, Path log) throws IOException, InterruptedException {
		return start(database, log, freePort());
	}

	/**
	 * Starts the instance on {@code port}, as a restart on the same machine would.
	 */
	static SeparateInstance start(HikariDataSource database, Path log, int port)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), SangsaengApplication.class.getName()));
		command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
				"--spring.jmx.enabled=false", "--spring.main.banner-mode=off"));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		SeparateInstance instance = new SeparateInstance(process, port, log);
		try {
			instance.awaitHealthy();
		}
		catch (IOException | InterruptedException | RuntimeException | Error failure) {
			instance.close();
			throw failure;
		}
		return instance;
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Kills the process with SIGKILL and waits until it is gone.
	 *
	 * @return how the process ended
	 */
	int killNine() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the killed instance is still running");
		}
		return process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the instance ended while starting:\n" + tail());
			}
			try {
				if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// starting
			}
			process.waitFor(200, TimeUnit.MILLISECONDS);
		}
		throw new IllegalStateException("the instance did not answer within " + STARTUP + ":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

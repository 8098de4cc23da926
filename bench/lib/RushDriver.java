import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening rush, as SMEs make it: each SME has signed in before the programme opens and has its draft page open;
 * at the opening, CLIENTS people at once press "submit" (a POST with the page's CSRF token), their browser follows
 * the redirect to the receipt, which shows the receipt number (a refusal leads to the application page, which does
 * not); whoever gets the waiting page (503) tries again after its Retry-After with its place in line, as the page
 * does by itself. Each client
 * then goes on with the next draft of its SME, and with the next SME when those are done, until DURATION seconds have
 * passed or no draft is left.
 *
 * <pre>
 * java RushDriver.java sign-in BASE_URL ACCOUNTS_FILE OUT_DIR [THREADS]
 * java RushDriver.java rush BASE_URL OUT_DIR [CLIENTS] [DURATION_SECONDS] [NAME]
 * </pre>
 *
 * ACCOUNTS_FILE: one SME per line, "username draftId draftId …"; the password is demo1234!. Signing in writes
 * OUT_DIR/sessions.txt, which the rush reads. Both print key=value lines (counts, rates, latencies in ms); the rush
 * writes OUT_DIR/submitted-ids.txt: the applications whose page showed a receipt number, to be checked against the
 * database, and OUT_DIR/rush-answers.tsv: every answer, when it was asked for (ms into the rush), what it was and
 * how long it took. A rush with a NAME leaves out the drafts in OUT_DIR/submitted-ids.txt and writes
 * NAME-submitted-ids.txt and NAME-rush-answers.tsv instead: a second rush after the first, with what is left.
 */
public class RushDriver {

	static final String PASSWORD = "demo1234!";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern PLACE_IN_LINE = Pattern.compile("name=\"_line\"\\s+value=\"([^\"]+)\"");

	static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	record Account(String username, List<String> drafts) {
	}

	record SignedIn(Account account, String cookie, String csrf) {
	}

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	static String base;

	static final String SUBMITTED_IDS = "submitted-ids.txt";

	public static void main(String[] args) throws Exception {
		base = args[1];
		if (!base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("load is only ever sent to loopback");
		}
		if (args[0].equals("sign-in")) {
			List<Account> accounts = Files.readAllLines(Path.of(args[2]))
				.stream()
				.filter(line -> !line.isBlank())
				.map(line -> line.strip().split("\\s+"))
				.map(words -> new Account(words[0], List.of(Arrays.copyOfRange(words, 1, words.length))))
				.toList();
			List<SignedIn> sessions = signIn(accounts, args.length > 4 ? Integer.parseInt(args[4]) : 16);
			Files.write(Path.of(args[3]).resolve("sessions.txt"), sessions.stream()
				.map(session -> session.cookie() + " " + session.csrf() + " " + session.account().username() + " "
						+ String.join(" ", session.account().drafts()))
				.toList());
		}
		else {
			Path out = Path.of(args[2]);
			// a rush named apart (the one recorded by the profiler) comes after the measured one, with the drafts
			// that were not submitted yet, and writes its files under its own name
			String name = args.length > 5 ? args[5] + "-" : "";
			Set<String> submitted = name.isEmpty() || !Files.exists(out.resolve(SUBMITTED_IDS)) ? Set.of()
					: Set.copyOf(Files.readAllLines(out.resolve(SUBMITTED_IDS)));
			List<SignedIn> sessions = Files.readAllLines(out.resolve("sessions.txt"))
				.stream()
				.filter(line -> !line.isBlank())
				.map(line -> line.split(" "))
				.map(words -> new SignedIn(new Account(words[2], Arrays.stream(words, 3, words.length)
					.filter(draft -> !submitted.contains(draft))
					.toList()), words[0], words[1]))
				.filter(session -> !session.account().drafts().isEmpty())
				.toList();
			rush(sessions, args.length > 3 ? Integer.parseInt(args[3]) : 512,
					args.length > 4 ? Integer.parseInt(args[4]) : 60, out, name);
		}
	}

	// Before the opening: everyone signs in and opens a draft

	static List<SignedIn> signIn(List<Account> accounts, int threads) throws InterruptedException {
		ConcurrentLinkedQueue<Account> waiting = new ConcurrentLinkedQueue<>(accounts);
		ConcurrentLinkedQueue<SignedIn> signedIn = new ConcurrentLinkedQueue<>();
		Latencies latencies = new Latencies();
		AtomicLong failures = new AtomicLong();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int i = 0; i < threads; i++) {
			pool.execute(() -> {
				for (Account account; (account = waiting.poll()) != null;) {
					long begun = System.nanoTime();
					try {
						signedIn.add(signIn(account));
						latencies.add(begun);
					}
					catch (Exception failure) {
						failures.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double took = (System.nanoTime() - started) / 1e9;
		print("sign_in_accounts", signedIn.size());
		print("sign_in_failures", failures.get());
		print("sign_in_seconds", String.format("%.1f", took));
		print("sign_in_per_second", String.format("%.1f", signedIn.size() / took));
		latencies.print("sign_in");
		return new ArrayList<>(signedIn);
	}

	static SignedIn signIn(Account account) throws IOException, InterruptedException {
		HttpResponse<String> login = send(get("/login", null));
		String anonymous = cookie(login).orElseThrow(() -> new IOException("no session on the login page"));
		String form = "username=" + encode(account.username()) + "&password=" + encode(PASSWORD) + "&_csrf="
				+ encode(csrf(login.body()));
		HttpResponse<String> signedIn = send(post("/login", anonymous, form));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("/login")) {
			throw new IOException("sign-in refused: " + signedIn.statusCode() + " " + location);
		}
		String session = cookie(signedIn).orElse(anonymous);
		HttpResponse<String> draft = send(get("/applications/" + account.drafts().get(0), session));
		if (draft.statusCode() != 200) {
			throw new IOException("the draft page answered " + draft.statusCode());
		}
		return new SignedIn(account, session, csrf(draft.body()));
	}

	// The opening

	static void rush(List<SignedIn> sessions, int clients, int seconds, Path out, String name) throws Exception {
		ConcurrentLinkedQueue<SignedIn> waiting = new ConcurrentLinkedQueue<>(sessions);
		ConcurrentLinkedQueue<String> submittedIds = new ConcurrentLinkedQueue<>();
		Latencies submissions = new Latencies();
		Latencies posts = new Latencies();
		Latencies answers = new Latencies();
		Latencies waitingPages = new Latencies();
		Latencies admitted = new Latencies();
		Latencies receiptPages = new Latencies();
		Latencies afterTheOpening = new Latencies();
		ConcurrentLinkedQueue<String> timeline = new ConcurrentLinkedQueue<>();
		Map<String, AtomicLong> outcomes = new TreeMap<>();
		for (String kind : List.of("submitted", "refused_by_the_app", "sent_to_sign_in", "waiting_page_503",
				"too_many_429", "other_status", "timeout", "connection_error")) {
			outcomes.put(kind, new AtomicLong());
		}
		AtomicLong attempts = new AtomicLong();
		AtomicBoolean over = new AtomicBoolean();
		CountDownLatch ready = new CountDownLatch(clients);
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(clients);
		long[] startedAt = new long[1];
		Answers[] latencies = new Answers[1];
		for (int i = 0; i < clients; i++) {
			Thread client = new Thread(() -> {
				Connection connection = new Connection(URI.create(base));
				ready.countDown();
				try {
					go.await();
					for (SignedIn sme; !over.get() && (sme = waiting.poll()) != null;) {
						for (String draft : sme.account().drafts()) {
							submitUntilAnswered(connection, sme, draft, over, attempts, latencies[0], outcomes,
									submittedIds);
							if (over.get()) {
								break;
							}
						}
					}
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				finally {
					connection.close();
					done.countDown();
				}
			}, "rush-" + i);
			client.setDaemon(true);
			client.start();
		}
		ready.await();
		startedAt[0] = System.nanoTime();
		latencies[0] = new Answers(submissions, posts, answers, waitingPages, admitted, receiptPages, afterTheOpening,
				startedAt[0], timeline);
		go.countDown();
		boolean finishedEarly = done.await(seconds, TimeUnit.SECONDS);
		over.set(true);
		double measured = (System.nanoTime() - startedAt[0]) / 1e9;
		done.await(2, TimeUnit.MINUTES);

		long submitted = outcomes.get("submitted").get();
		print("rush_clients", clients);
		print("rush_seconds", String.format("%.1f", measured));
		print("rush_all_drafts_done", finishedEarly);
		print("rush_attempts", attempts.get());
		outcomes.forEach((kind, count) -> print("rush_" + kind, count.get()));
		print("rush_submissions_per_second", String.format("%.1f", submitted / measured));
		submissions.print("rush_submission");
		posts.print("rush_post");
		answers.print("rush_answer");
		waitingPages.print("rush_waiting_page");
		admitted.print("rush_admitted_post");
		receiptPages.print("rush_receipt_page");
		afterTheOpening.print("rush_answer_after_5s");
		Files.write(out.resolve(name + SUBMITTED_IDS), submittedIds);
		timeline.add("sent_ms\tanswer\tlatency_ms");
		Files.write(out.resolve(name + "rush-answers.tsv"), timeline.stream().sorted().toList());
		// the driver's own CPU, its start included, to tell the machine's CPU over the rush apart
		print("rush_driver_cpu_ms",
				ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
	}

	/**
	 * One person's press of "submit": sent again after the waiting page's Retry-After until the application page
	 * answers, or the rush is over.
	 */
	static void submitUntilAnswered(Connection connection, SignedIn sme, String draft, AtomicBoolean over,
			AtomicLong attempts, Answers latencies, Map<String, AtomicLong> outcomes,
			ConcurrentLinkedQueue<String> submittedIds) throws InterruptedException {
		long pressed = System.nanoTime();
		String place = null;
		while (!over.get()) {
			attempts.incrementAndGet();
			long begun = System.nanoTime();
			try {
				Connection.Answer answer = connection.post("/applications/" + draft + "/submit", sme.cookie(),
						"_csrf=" + encode(sme.csrf()) + (place == null ? "" : "&_line=" + encode(place)));
				latencies.posts().add(begun);
				int status = answer.status();
				latencies.answered(begun, status == 302 ? "admitted" : "waiting_page_" + status);
				(status == 302 ? latencies.admitted() : latencies.waitingPages()).add(begun);
				if (status == 503 || status == 429) {
					outcomes.get(status == 503 ? "waiting_page_503" : "too_many_429").incrementAndGet();
					place = placeInLine(answer.body());
					long retryAfter = answer.header("Retry-After").map(Long::parseLong).orElse(5L);
					TimeUnit.SECONDS.sleep(retryAfter);
					continue;
				}
				if (status != 302) {
					outcomes.get("other_status").incrementAndGet();
					return;
				}
				String location = answer.header("Location").orElse("");
				if (location.contains("/login")) {
					outcomes.get("sent_to_sign_in").incrementAndGet();
					return;
				}
				long redirected = System.nanoTime();
				Connection.Answer page = connection.get(location, sme.cookie());
				latencies.answered(redirected, "receipt_page_" + page.status());
				latencies.receiptPages().add(redirected);
				if (page.status() == 200 && page.body().contains("receipt-notice")) {
					latencies.submissions().add(pressed);
					outcomes.get("submitted").incrementAndGet();
					submittedIds.add(draft);
				}
				else if (page.status() == 200) {
					outcomes.get("refused_by_the_app").incrementAndGet();
				}
				else {
					outcomes.get("other_status").incrementAndGet();
				}
				return;
			}
			catch (SocketTimeoutException timeout) {
				outcomes.get("timeout").incrementAndGet();
				return;
			}
			catch (IOException failure) {
				outcomes.get("connection_error").incrementAndGet();
				return;
			}
		}
	}

	/**
	 * The place in line that the waiting page's form sends again, as the page does when it retries.
	 */
	static String placeInLine(String page) {
		Matcher field = PLACE_IN_LINE.matcher(page);
		return field.find() ? field.group(1) : null;
	}

	// HTTP

	static HttpRequest get(String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return request.build();
	}

	static HttpRequest post(String path, String session, String form) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static Optional<String> cookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher session = SESSION.matcher(header);
			if (session.find() && !session.group(1).isEmpty()) {
				return Optional.of(session.group(1));
			}
		}
		return Optional.empty();
	}

	static String csrf(String page) throws IOException {
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IOException("no CSRF token on the page");
		}
		return token.group(1);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static void print(String key, Object value) {
		System.out.println(key + "=" + value);
	}

	/**
	 * One client's keep-alive connection for the rush, speaking just the HTTP/1.1 the application answers with
	 * (a body of known length or chunked), written and read by the client's own thread: a browser's connection,
	 * without the shared client's selector thread and hand-offs, which cost the driver more CPU per request than
	 * the application spent answering a waiting page. Opened again when the application closed it.
	 */
	static final class Connection {

		record Answer(int status, Map<String, String> headers, String body) {

			Optional<String> header(String name) {
				return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
			}

		}

		private final String host;

		private final int port;

		private Socket socket;

		private BufferedInputStream in;

		private OutputStream out;

		Connection(URI base) {
			this.host = base.getHost();
			this.port = base.getPort();
		}

		Answer get(String path, String session) throws IOException {
			return exchange("GET", path, session, null);
		}

		Answer post(String path, String session, String form) throws IOException {
			return exchange("POST", path, session, form);
		}

		private Answer exchange(String method, String path, String session, String form) throws IOException {
			String target = path.startsWith("http") ? URI.create(path).getRawPath() : path;
			byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder(256).append(method).append(' ').append(target)
				.append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
				.append("\r\nAccept: text/html\r\nCookie: SESSION=").append(session).append("\r\n");
			if (form != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(body.length).append("\r\n");
			}
			byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
			boolean reused = socket != null;
			try {
				return exchangeOnce(head, body);
			}
			catch (SocketTimeoutException timeout) {
				close();
				throw timeout;
			}
			catch (IOException closedWhileIdle) {
				close();
				if (!reused) {
					throw closedWhileIdle;
				}
				// the application closed the idle connection: the request was not taken, send it on a new one
				return exchangeOnce(head, body);
			}
		}

		private Answer exchangeOnce(byte[] head, byte[] body) throws IOException {
			if (socket == null) {
				socket = new Socket();
				socket.setTcpNoDelay(true);
				socket.setSoTimeout(30_000);
				socket.connect(new InetSocketAddress(host, port), 10_000);
				in = new BufferedInputStream(socket.getInputStream(), 16384);
				out = new BufferedOutputStream(socket.getOutputStream(), 4096);
			}
			out.write(head);
			out.write(body);
			out.flush();
			String statusLine = line();
			if (statusLine == null) {
				throw new EOFException("closed before answering");
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			Map<String, String> headers = new HashMap<>();
			for (String header; !(header = line()).isEmpty();) {
				int colon = header.indexOf(':');
				headers.putIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).strip());
			}
			byte[] content;
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				ByteArrayOutputStream chunks = new ByteArrayOutputStream(16384);
				for (int size; (size = Integer.parseInt(line().split(";")[0].strip(), 16)) > 0;) {
					chunks.write(in.readNBytes(size));
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
				content = chunks.toByteArray();
			}
			else {
				content = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
			}
			if ("close".equalsIgnoreCase(headers.get("connection"))) {
				close();
			}
			return new Answer(status, headers, new String(content, StandardCharsets.UTF_8));
		}

		/** A line of the answer's head, without its end; {@code null} at the end of the stream. */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int c; (c = in.read()) != '\n';) {
				if (c < 0) {
					if (line.isEmpty()) {
						return null;
					}
					throw new EOFException("closed in the middle of a line");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing anyway
				}
				socket = null;
			}
		}

	}

	/**
	 * The latencies of a rush: from press to receipt, of the POSTs, of every answer, and of every answer by what it
	 * was (the waiting page, an admitted POST's redirect, the receipt page), and of the answers to requests sent
	 * once the opening's first five seconds were over; every answer, when it was asked for, as a line of the
	 * timeline.
	 */
	record Answers(Latencies submissions, Latencies posts, Latencies answers, Latencies waitingPages,
			Latencies admitted, Latencies receiptPages, Latencies afterTheOpening, long rushBegun,
			Queue<String> timeline) {

		void answered(long begun, String answer) {
			long now = System.nanoTime();
			timeline.add(String.format("%08d\t%s\t%d", (begun - rushBegun) / 1_000_000, answer,
					(now - begun) / 1_000_000));
			answers.add(begun);
			if (begun - rushBegun >= TimeUnit.SECONDS.toNanos(5)) {
				afterTheOpening.add(begun);
			}
		}

	}

	/**
	 * Every latency measured, in nanoseconds, for exact percentiles.
	 */
	static final class Latencies {

		private long[] values = new long[1024];

		private int count;

		synchronized void add(long begunNanos) {
			if (count == values.length) {
				values = Arrays.copyOf(values, count * 2);
			}
			values[count++] = System.nanoTime() - begunNanos;
		}

		synchronized void print(String name) {
			long[] sorted = Arrays.copyOf(values, count);
			Arrays.sort(sorted);
			for (int percentile : new int[] { 50, 95, 99 }) {
				RushDriver.print(name + "_p" + percentile + "_ms", count == 0 ? "-"
						: String.format("%.0f", sorted[Math.min(count - 1, (int) Math.ceil(count * percentile / 100.0) - 1)] / 1e6));
			}
			RushDriver.print(name + "_max_ms", count == 0 ? "-" : String.format("%.0f", sorted[count - 1] / 1e6));
		}

	}

}

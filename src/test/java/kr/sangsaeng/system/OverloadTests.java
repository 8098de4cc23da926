package kr.sangsaeng.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SampleData;
import kr.sangsaeng.TestDatabaseConfiguration;
import kr.sangsaeng.WebSession;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.internal.BankApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When there is no room (every submission permit taken, or no database connection within the pool's timeout),
 * people get a waiting page that keeps what they typed and tries again by itself, and bank systems a 503
 * problem; never a hang or an error page. A small pool and gate make the limits easy to reach, and submissions
 * taken to last a minute keep places in line far enough apart to be told from one another; this second context
 * starts as production does, without demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
				"spring.datasource.hikari.connection-timeout=250", "sangsaeng.overload.max-submissions-in-flight=2",
				"sangsaeng.overload.max-bank-calls-in-flight=2", "sangsaeng.overload.bank-call-wait=2s",
				"sangsaeng.overload.retry-after=3s", "sangsaeng.overload.submission-time-estimate=60s" })
@Import({ TestDatabaseConfiguration.class, OverloadTests.CountingConnections.class })
class OverloadTests {

	/** Connections taken from the pool by threads that answer requests. */
	static final AtomicLong REQUEST_CONNECTIONS = new AtomicLong();

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingConnections {

		@Bean
		static BeanPostProcessor countingConnections() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
						return ProxyDataSourceBuilder.create(dataSource).methodListener(new MethodExecutionListener() {

							@Override
							public void beforeMethod(MethodExecutionContext execution) {
							}

							@Override
							public void afterMethod(MethodExecutionContext execution) {
								if (execution.getMethod().getName().equals("getConnection")
										&& Thread.currentThread().getName().startsWith("http-")) {
									REQUEST_CONNECTIONS.incrementAndGet();
								}
							}

						}).build();
					}
					return bean;
				}

			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	SubmissionGate gate;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BankApiTokens tokens;

	@Test
	void whileEverySubmissionPermitIsTakenAnSmeGetsAWaitingPageThatKeepsWhatItTypedAndSendsItAgain()
			throws Exception {
		String number = TestSmes.validBusinessNumber();
		WebSession sme = signedUp(number);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("amount", "300,000,000");
		typed.put("purpose", "WORKING_CAPITAL");
		typed.put("termMonths", "24");
		typed.put("bankCode", "IBK");
		typed.put("businessPlan", "원자재 구매 자금으로 수출 물량을 늘리고 매출로 상환합니다. \"따옴표\" & <기호>");

		HttpResponse<String> waiting;
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			waiting = applyToPoscoIbk(sme, typed);
		}

		assertThat(waiting.statusCode()).isEqualTo(503);
		String seconds = waiting.headers().firstValue("Retry-After").orElseThrow();
		assertThat(Long.parseLong(seconds)).as("seconds until its turn").isPositive();
		Document page = Jsoup.parse(waiting.body());
		assertThat(page.title()).contains("잠시만 기다려 주세요");
		assertThat(page.text()).contains("입력하신 내용은 그대로 보관되며, " + seconds + "초 후 이 화면이 자동으로 다시 보냅니다.")
			.contains("로그아웃");
		assertThat(page.selectFirst("p.busy-place").text()).matches("현재 대기 순번은 \\d+번째이며, 순번은 그대로 유지됩니다\\.");
		Element form = page.selectFirst("form.busy-retry");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/applications");
		assertThat(form.attr("data-retry-after")).isEqualTo(seconds);
		assertThat(form.select("input[name=_line]")).singleElement()
			.satisfies(place -> assertThat(place.val()).isNotBlank());
		assertThat(form.select("input[name=_csrf]")).singleElement()
			.satisfies(token -> assertThat(token.val()).isNotBlank());
		typed.forEach((name, value) -> assertThat(form.select("input[type=hidden][name=" + name + "]"))
			.singleElement()
			.satisfies(field -> assertThat(field.val()).isEqualTo(value)));
		assertThat(form.select("input[name=programme]").val()).isEqualTo("POSCO-IBK-KSURE");
		assertThat(page.select("script")).allSatisfy(script -> assertThat(script.attr("src")).isNotBlank());
		assertThat(page.select("script[src=/js/retry-when-ready.js]")).hasSize(1);
		assertThat(drafts(number)).isZero();

		HttpResponse<String> retried = sme.post(form.attr("action"), fieldsOf(waiting));

		assertThat(retried.statusCode()).as("the waiting page's own retry goes through once there is room")
			.isEqualTo(302);
		assertThat(retried.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).matches(".*/applications/\\d+"));
		assertThat(jdbc.sql("select business_plan from guarantee_application a join company_profile c "
				+ "on c.organisation_id = a.organisation_id where c.business_registration_number = :number")
			.param("number", number)
			.query(String.class)
			.single()).isEqualTo(typed.get("businessPlan"));
		assertThat(gate.forms().available()).isEqualTo(2);
	}

	@Test
	void whileEverySubmissionPermitIsTakenTheWaitingPageIsAnsweredWithoutADatabaseConnection() throws Exception {
		WebSession sme = signedUp(TestSmes.validBusinessNumber());
		HttpResponse<String> form = sme.get("/applications/new?programme=POSCO-IBK-KSURE&lang=en");
		assertThat(form.statusCode()).isEqualTo(200);
		String token = Jsoup.parse(form.body()).select("input[name=_csrf]").first().val();

		HttpResponse<String> waiting;
		long connections;
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			REQUEST_CONNECTIONS.set(0);
			waiting = sme.post("/applications?programme=POSCO-IBK-KSURE",
					List.of(new AbstractMap.SimpleEntry<>("_csrf", token),
							new AbstractMap.SimpleEntry<>("amount", "100,000,000")));
			connections = REQUEST_CONNECTIONS.get();
		}

		assertThat(waiting.statusCode()).isEqualTo(503);
		assertThat(connections).as("connections taken to answer the waiting page").isZero();
		Document page = Jsoup.parse(waiting.body());
		assertThat(page.select("form.busy-retry input[name=amount]").val()).isEqualTo("100,000,000");
		assertThat(page.select("form[action=/logout] input[name=_csrf]").val())
			.as("the waiting page signs out with the form's own token").isEqualTo(token);
		assertThat(page.select("a[href=/login]")).as("no sign-in offered to someone signed in").isEmpty();
		assertThat(page.select("a[href^=?lang]")).as("no language link that leaves the typed form behind").isEmpty();
		assertThat(page.select("button[form=busy-retry][name=lang]")).extracting(button -> button.val())
			.containsExactly("ko", "en");
		assertThat(page.select("form#busy-retry input[name=amount]").val()).isEqualTo("100,000,000");

		REQUEST_CONNECTIONS.set(0);
		assertThat(sme.get("/applications").statusCode()).isEqualTo(200);
		assertThat(REQUEST_CONNECTIONS.get()).as("a page with room reads the database").isPositive();
	}

	@Test
	void everyRefusedSubmissionGetsTheSamePageAsARenderedOneWithItsOwnFieldsEscapedInItsOwnLanguage()
			throws Exception {
		WebSession korean = signedUp(TestSmes.validBusinessNumber());
		WebSession english = signedUp(TestSmes.validBusinessNumber());
		assertThat(english.get("/applications?lang=en").statusCode()).isEqualTo(200);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("amount", "200,000,000");
		typed.put("businessPlan", "\"인용\" & <b>굵게</b> 'quoted' 수출 확대");

		HttpResponse<String> first;
		HttpResponse<String> second;
		HttpResponse<String> rendered;
		HttpResponse<String> inEnglish;
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			first = applyToPoscoIbk(korean, typed);
			second = applyToPoscoIbk(korean, typed);
			Map<String, String> choosingKorean = new LinkedHashMap<>(typed);
			choosingKorean.put("lang", "ko");
			rendered = applyToPoscoIbk(korean, choosingKorean);
			inEnglish = applyToPoscoIbk(english, typed);
		}

		for (HttpResponse<String> waiting : List.of(first, second, rendered, inEnglish)) {
			assertThat(waiting.statusCode()).isEqualTo(503);
			assertThat(Jsoup.parse(waiting.body()).selectFirst("form#busy-retry").attr("data-retry-after"))
				.isEqualTo(waiting.headers().firstValue("Retry-After").orElseThrow());
			assertThat(waiting.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
			Element form = Jsoup.parse(waiting.body()).selectFirst("form#busy-retry");
			typed.forEach((name, value) -> assertThat(form.select("input[type=hidden][name=" + name + "]"))
				.singleElement()
				.satisfies(field -> assertThat(field.val()).isEqualTo(value)));
			assertThat(form.attr("action")).isEqualTo("/applications");
		}
		Document written = Jsoup.parse(second.body());
		Document full = Jsoup.parse(rendered.body());
		full.select("form#busy-retry input[name=lang]").remove();
		// each form page gives the session's token masked anew, and each refusal its own place and time
		assertThat(written.select("input[name=_csrf]")).hasSize(2).allSatisfy(token -> token.val("token"));
		assertThat(full.select("input[name=_csrf]")).hasSize(2).allSatisfy(token -> token.val("token"));
		for (Document page : List.of(written, full)) {
			String seconds = page.selectFirst("form#busy-retry").attr("data-retry-after");
			String place = page.selectFirst("form#busy-retry input[name=_line]").val();
			page.select("p.busy-place, p[aria-live]")
				.forEach(text -> text.text(text.text().replaceAll("\\d+", "N")));
			page.selectFirst("form#busy-retry").attr("data-retry-after", "N");
			page.selectFirst("form#busy-retry input[name=_line]").val("place");
			assertThat(seconds).isNotBlank();
			assertThat(place).isNotBlank();
		}
		assertThat(written.outerHtml()).as("the page written from the rendered one is the page rendered")
			.isEqualTo(full.outerHtml());
		Document page = Jsoup.parse(inEnglish.body());
		assertThat(page.title()).contains("One moment");
		assertThat(page.select("form[action=/logout] input[name=_csrf]").val())
			.isEqualTo(page.select("form#busy-retry input[name=_csrf]").val());
		assertThat(inEnglish.body()).doesNotContain("<b>굵게</b>").contains("&lt;b&gt;");
	}

	@Test
	void smesWithoutRoomAreGivenPlacesOneBehindAnotherAndKeepTheirsWhileAPlaceWrittenByHandIsNotHonoured()
			throws Exception {
		WebSession first = signedUp(TestSmes.validBusinessNumber());
		String secondNumber = TestSmes.validBusinessNumber();
		WebSession second = signedUp(secondNumber);
		assertThat(second.get("/applications?lang=en").statusCode()).isEqualTo(200);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("amount", "150,000,000");
		typed.put("purpose", "WORKING_CAPITAL");
		typed.put("termMonths", "24");
		typed.put("bankCode", "IBK");
		typed.put("businessPlan", "수출 물량 확대를 위한 원자재 구매 자금입니다.");

		HttpResponse<String> firstWaits;
		HttpResponse<String> secondWaits;
		HttpResponse<String> firstAgain;
		HttpResponse<String> forged;
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			firstWaits = applyToPoscoIbk(first, typed);
			secondWaits = applyToPoscoIbk(second, typed);
			firstAgain = first.post("/applications", fieldsOf(firstWaits));
			List<Map.Entry<String, String>> byHand = new ArrayList<>();
			for (Map.Entry<String, String> field : fieldsOf(firstWaits)) {
				byHand.add(field.getKey().equals("_line")
						? new AbstractMap.SimpleEntry<>("_line", "1." + field.getValue().substring(
								field.getValue().indexOf('.') + 1))
						: field);
			}
			forged = first.post("/applications", byHand);
		}

		long firstPlace = place(firstWaits);
		assertThat(Jsoup.parse(firstWaits.body()).selectFirst("p.busy-place").text())
			.isEqualTo("현재 대기 순번은 " + firstPlace + "번째이며, 순번은 그대로 유지됩니다.");
		assertThat(Jsoup.parse(secondWaits.body()).selectFirst("p.busy-place").text())
			.as("the next one in line, in its own language")
			.isEqualTo("You are number " + (firstPlace + 1) + " in line, and your place is kept.");
		assertThat(retryAfter(secondWaits)).as("comes back after the one ahead of it")
			.isGreaterThan(retryAfter(firstWaits));
		assertThat(place(firstAgain)).as("back early, it keeps its place").isEqualTo(firstPlace);
		assertThat(ticket(firstAgain)).isEqualTo(ticket(firstWaits));
		assertThat(place(forged)).as("a place written by hand joins the end of the line").isEqualTo(firstPlace + 2);
		assertThat(ticket(forged)).isNotIn(ticket(firstWaits), ticket(secondWaits));

		HttpResponse<String> served = second.post("/applications", fieldsOf(secondWaits));
		assertThat(served.statusCode()).as("with room, the page's own retry goes through").isEqualTo(302);
		assertThat(drafts(secondNumber)).isOne();
	}

	private WebSession signedUp(String number) throws Exception {
		WebSession sme = new WebSession(port);
		assertThat(sme.submit("/register", "/register", signUp(number)).statusCode()).isEqualTo(302);
		return sme;
	}

	/**
	 * The SME opens the POSCO/IBK programme's application form and sends it with {@code typed}.
	 */
	private static HttpResponse<String> applyToPoscoIbk(WebSession sme, Map<String, String> typed) throws Exception {
		return sme.submit("/applications/new?programme=POSCO-IBK-KSURE", "/applications?programme=POSCO-IBK-KSURE",
				typed);
	}

	/**
	 * What the waiting page's retry form sends: every hidden field, in order.
	 */
	private static List<Map.Entry<String, String>> fieldsOf(HttpResponse<String> waiting) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Jsoup.parse(waiting.body())
			.select("form#busy-retry input[type=hidden]")
			.forEach(field -> fields.add(new AbstractMap.SimpleEntry<>(field.attr("name"), field.val())));
		return fields;
	}

	private static long place(HttpResponse<String> waiting) {
		assertThat(waiting.statusCode()).isEqualTo(503);
		return Long.parseLong(Jsoup.parse(waiting.body()).selectFirst("p.busy-place").text().replaceAll("\\D", ""));
	}

	private static String ticket(HttpResponse<String> waiting) {
		return Jsoup.parse(waiting.body()).selectFirst("form#busy-retry input[name=_line]").val();
	}

	private static long retryAfter(HttpResponse<String> waiting) {
		return Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
	}

	@Test
	void whileEveryBankCallPermitIsTakenABankSystemGetsA503ProblemWithRetryAfter() throws Exception {
		HttpResponse<String> answer;
		try (PermitHolder holder = PermitHolder.takeAll(gate.bankCalls())) {
			answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/1/disbursements"))
					.header("Authorization", "Bearer " + tokens.issue("WOORI", "Overload test", "admin").secret())
					.header("Content-Type", "application/json")
					.header("Idempotency-Key", "overload-" + System.nanoTime())
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"amountWon\":1000000,\"disbursedOn\":\"2026-03-03\",\"reference\":\"R-1\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
		}

		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":503").contains("Idempotency-Key");
	}

	@Test
	void whileEverySubmissionPermitIsTakenABankSystemsBurstOfCallsIsServedNotRefused() throws Exception {
		String token = tokens.issue("WOORI", "Overload test", "admin").secret();
		int unhindered = bankCall(token).statusCode();
		assertThat(unhindered).as("the answer without a rush: the unknown loan, from the API itself").isEqualTo(404);

		List<Integer> answers = new ArrayList<>();
		// twice as many calls at once as bank systems' permits: half of them wait for their turn
		ExecutorService banks = Executors.newFixedThreadPool(4);
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(banks.submit(() -> bankCall(token).statusCode()));
			}
			for (Future<Integer> call : calls) {
				answers.add(call.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			banks.shutdownNow();
		}

		assertThat(answers).as("every call of the burst reaches the API").hasSize(4).containsOnly(unhindered);
		assertThat(gate.bankCalls().available()).isEqualTo(2);
	}

	@Test
	void whileEverySubmissionPermitIsTakenAnSmeIsToldAtOnceAndWhileEveryBankCallPermitIsTakenItsSubmissionGoesThrough()
			throws Exception {
		String number = TestSmes.validBusinessNumber();
		WebSession sme = signedUp(number);
		HttpResponse<String> form = sme.get("/applications/new?programme=POSCO-IBK-KSURE");
		String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").first().val();
		List<Map.Entry<String, String>> typed = List.of(new AbstractMap.SimpleEntry<>("_csrf", csrf),
				new AbstractMap.SimpleEntry<>("amount", "300,000,000"),
				new AbstractMap.SimpleEntry<>("purpose", "WORKING_CAPITAL"),
				new AbstractMap.SimpleEntry<>("termMonths", "24"), new AbstractMap.SimpleEntry<>("bankCode", "IBK"),
				new AbstractMap.SimpleEntry<>("businessPlan", "원자재 구매 자금으로 수출 물량을 늘리고 매출로 상환합니다."));

		ExecutorService browser = Executors.newSingleThreadExecutor();
		HttpResponse<String> waiting;
		try (PermitHolder holder = PermitHolder.takeAll(gate.forms())) {
			// the permits stay taken until the answer has come: a submission queued for them would never be answered
			waiting = browser.submit(() -> sme.post("/applications?programme=POSCO-IBK-KSURE", typed))
				.get(5, TimeUnit.SECONDS);
		}
		finally {
			browser.shutdownNow();
		}
		assertThat(waiting.statusCode()).isEqualTo(503);
		assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
		assertThat(drafts(number)).isZero();

		HttpResponse<String> submitted;
		try (PermitHolder holder = PermitHolder.takeAll(gate.bankCalls())) {
			submitted = sme.post("/applications?programme=POSCO-IBK-KSURE", typed);
		}
		assertThat(submitted.statusCode()).as("bank systems' calls in flight take no permit of the SMEs'")
			.isEqualTo(302);
		assertThat(drafts(number)).isOne();
	}

	private HttpResponse<String> bankCall(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/1/disbursements"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", "overload-" + System.nanoTime())
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"amountWon\":1000000,\"disbursedOn\":\"2026-03-03\",\"reference\":\"R-1\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void whenNoDatabaseConnectionIsFreeInTimePagesAnswer503WithAWaitingPageNotAnError() throws Exception {
		WebSession sme = signedUp(TestSmes.validBusinessNumber());
		WebSession anonymous = new WebSession(port);

		HttpResponse<String> signedIn;
		HttpResponse<String> catalogue;
		List<Connection> held = takeEveryConnection();
		try {
			signedIn = sme.get("/applications?lang=ko");
			catalogue = anonymous.get("/programmes");
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		for (HttpResponse<String> answer : List.of(signedIn, catalogue)) {
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("3");
			Document page = Jsoup.parse(answer.body());
			assertThat(page.title()).contains("잠시만 기다려 주세요");
			assertThat(page.selectFirst("form.busy-retry").attr("method")).isEqualTo("get");
		}
		assertThat(Jsoup.parse(signedIn.body()).selectFirst("form.busy-retry").attr("action"))
			.isEqualTo("/applications");
		assertThat(Jsoup.parse(signedIn.body()).select("form.busy-retry input[name=lang]").val()).isEqualTo("ko");

		assertThat(sme.get("/applications").statusCode()).as("still signed in once connections are free")
			.isEqualTo(200);
		assertThat(anonymous.get("/programmes").statusCode()).isEqualTo(200);
	}

	private List<Connection> takeEveryConnection() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			while (held.size() < pool.getMaximumPoolSize()) {
				held.add(dataSource.getConnection());
			}
		}
		catch (SQLException poolExhaustedByOthers) {
			// the rest is in use elsewhere: exhausted all the same
		}
		assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();
		return held;
	}

	private long drafts(String number) {
		return jdbc.sql("select count(*) from guarantee_application a join company_profile c "
				+ "on c.organisation_id = a.organisation_id where c.business_registration_number = :number")
			.param("number", number)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> signUp(String number) {
		return SampleData.signUpForm(number, "(주)대기정밀", "이대기", "owner-" + number + "@overload.example",
				"blue harbour lantern 7");
	}

	/**
	 * Another thread takes every permit of one kind and holds it until closed, as submissions in flight would.
	 */
	static final class PermitHolder implements AutoCloseable {

		private final CountDownLatch held = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final Thread thread;

		private PermitHolder(SubmissionGate.Permits gate) {
			thread = new Thread(() -> {
				int taken = 0;
				while (gate.enter()) {
					taken++;
				}
				held.countDown();
				try {
					release.await();
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				finally {
					for (int i = 0; i < taken; i++) {
						gate.leave();
					}
				}
			}, "submissions-in-flight");
		}

		static PermitHolder takeAll(SubmissionGate.Permits gate) throws InterruptedException {
			PermitHolder holder = new PermitHolder(gate);
			holder.thread.start();
			assertThat(holder.held.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(gate.available()).isZero();
			return holder;
		}

		@Override
		public void close() throws InterruptedException {
			release.countDown();
			thread.join(10_000);
		}

	}

}

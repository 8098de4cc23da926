package kr.sangsaeng.disbursement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.notification.Notification;
import kr.sangsaeng.notification.Notifications;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SangsaengTest
class BankApiTests {

	private static final Won ONE_EOK = Won.of(100_000_000);

	private static final String WOORI_TOKEN = "demo-woori-token";

	@LocalServerPort
	int port;

	@Autowired
	Loans loans;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	MessageSource messages;

	HttpClient http = HttpClient.newHttpClient();

	String today;

	@BeforeEach
	void setUp() {
		today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
	}

	@Test
	void aBankListsItsOwnLoansAndNoOtherBanks() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId woori = fixtures.guaranteedLoan(programme, ONE_EOK);
		ApplicationId ibk = fixtures.guaranteedLoan(programme, ONE_EOK, "IBK");
		String wooriNumber = loans.find(new BankCode("WOORI"), woori).orElseThrow().guaranteeNumber();
		String ibkNumber = loans.find(new BankCode("IBK"), ibk).orElseThrow().guaranteeNumber();

		HttpResponse<String> list = get("/api/v1/bank/loans", WOORI_TOKEN);

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"content\"", wooriNumber, "\"approvedWon\":100000000",
				"\"businessRegistrationNumber\"").doesNotContain(ibkNumber);
		HttpResponse<String> foreign = get("/api/v1/bank/loans/" + ibk.value(), WOORI_TOKEN);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(post("/api/v1/bank/loans/" + ibk.value() + "/disbursements", WOORI_TOKEN, key(),
				payment(1_000_000, today, "X")).statusCode()).isEqualTo(404);
		assertThat(loans.entries(ibk)).isEmpty();
	}

	@Test
	void theSameKeyAndBodyGiveTheFirstAnswerAndPayOnceAnotherBodyIsRefused() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		String key = key();

		HttpResponse<String> first = post(disbursements(id), WOORI_TOKEN, key, payment(40_000_000, today, "WR-77"));
		HttpResponse<String> retry = post(disbursements(id), WOORI_TOKEN, key,
				"{ \"reference\": \"WR-77\", \"disbursedOn\": \"" + today + "\", \"amountWon\": 40000000 }");
		HttpResponse<String> misuse = post(disbursements(id), WOORI_TOKEN, key, payment(50_000_000, today, "WR-77"));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.body()).contains("\"amountWon\":40000000", "\"disbursedWon\":40000000",
				"\"remainingWon\":60000000", "\"status\":\"DISBURSING\"");
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(misuse.statusCode()).isEqualTo(422);
		assertThat(misuse.body()).contains("idempotency-key-reused");
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(40_000_000));
	}

	@Test
	void aReferenceTheLoanAlreadyCarriesIsAConflictWhileTheFirstKeyKeepsItsAnswer() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		String firstKey = key();
		String secondKey = key();

		HttpResponse<String> first = post(disbursements(id), WOORI_TOKEN, firstKey, payment(40_000_000, today, "WR-88"));
		HttpResponse<String> again = post(disbursements(id), WOORI_TOKEN, secondKey, payment(40_000_000, today, "WR-88"));
		HttpResponse<String> againRetried = post(disbursements(id), WOORI_TOKEN, secondKey,
				payment(40_000_000, today, "WR-88"));
		HttpResponse<String> firstRetried = post(disbursements(id), WOORI_TOKEN, firstKey,
				payment(40_000_000, today, "WR-88"));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(again.body()).contains("reference-already-recorded", "\"field\":\"reference\"",
				"Reference WR-88 is already recorded on this loan (paid out on " + today + ", ");
		assertThat(againRetried.statusCode()).isEqualTo(409);
		assertThat(firstRetried.statusCode()).isEqualTo(201);
		assertThat(firstRetried.body()).isEqualTo(first.body());
		assertThat(firstRetried.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(40_000_000));
	}

	@Test
	void differentKeysRacingWithOneReferencePayOnce() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		List<Callable<Object>> payments = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			payments.add(() -> post(disbursements(id), WOORI_TOKEN, key(), payment(10_000_000, today, "WR-RACE")));
		}

		List<Object> answers = LoansTests.race(payments);

		assertThat(answers).filteredOn(answer -> ((HttpResponse<?>) answer).statusCode() == 201).hasSize(1);
		assertThat(answers).filteredOn(answer -> ((HttpResponse<?>) answer).statusCode() == 409).hasSize(7);
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(10_000_000));
	}

	@Test
	void aHundredConcurrentRetriesOfOnePaymentPayExactlyOnce() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		String key = key();
		List<Callable<Object>> retries = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			retries.add(() -> post(disbursements(id), WOORI_TOKEN, key, payment(25_000_000, today, "WR-RETRY")));
		}

		List<Object> answers = LoansTests.race(retries);

		assertThat(answers).allSatisfy(answer -> assertThat(((HttpResponse<?>) answer).statusCode()).isEqualTo(201));
		assertThat(answers.stream().map(answer -> ((HttpResponse<?>) answer).body()).distinct()).hasSize(1);
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().disbursed()).isEqualTo(Won.of(25_000_000));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(25_000_000));
	}

	@Test
	void differentKeysRacingPastTheApprovedAmountPayAtMostIt() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		List<Callable<Object>> payments = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String reference = "WR-" + i;
			payments.add(() -> post(disbursements(id), WOORI_TOKEN, key(), payment(30_000_000, today, reference)));
		}

		List<Object> answers = LoansTests.race(payments);

		assertThat(answers).filteredOn(answer -> ((HttpResponse<?>) answer).statusCode() == 201).hasSize(3);
		assertThat(answers).filteredOn(answer -> ((HttpResponse<?>) answer).statusCode() == 422).hasSize(27);
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().disbursed()).isEqualTo(Won.of(90_000_000));
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(90_000_000));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "[]", "null", "{\"amountWon\":\"1000000\",\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"amountWon\":1.5,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"amountWon\":1e7,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"amountWon\":-10000000,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"amountWon\":0,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"amountWon\":99999999999999999999999,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}",
			"{\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}", "{\"amountWon\":1000000,\"reference\":\"R\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"2026-13-01\",\"reference\":\"R\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"2099-01-01\",\"reference\":\"R\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"1999-01-01\",\"reference\":\"R\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":20260301,\"reference\":\"R\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"TODAY\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"TODAY\",\"reference\":\"\"}",
			"{\"amountWon\":1000000,\"disbursedOn\":\"TODAY\",\"reference\":\"RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR\"}",
			"{\"amountWon\":100000001,\"disbursedOn\":\"TODAY\",\"reference\":\"R\"}" })
	void malformedOrImpossiblePaymentsGetAPreciseProblemAndRecordNothing(String body) throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);

		HttpResponse<String> answer = post(disbursements(id), WOORI_TOKEN, key(), body.replace("TODAY", today));

		assertThat(answer.statusCode()).isIn(400, 422);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":" + answer.statusCode(), "\"detail\"");
		assertThat(loans.entries(id)).isEmpty();
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.ZERO);
	}

	@Test
	void aBodyGivingAFieldTwiceIsRefusedNamingTheFieldAndPaysNothing() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);

		HttpResponse<String> answer = post(disbursements(id), WOORI_TOKEN, key(),
				"{\"amountWon\":999999999999,\"amountWon\":1000,\"disbursedOn\":\"" + today
						+ "\",\"reference\":\"WR-TWICE\"}");
		HttpResponse<String> nested = post("/api/v1/bank/loans/" + id.value() + "/status", WOORI_TOKEN, null,
				"{\"status\":\"REPAID\",\"status\":\"DEFAULTED\"}");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"amountWon\"", "amountWon is given more than once");
		assertThat(nested.statusCode()).isEqualTo(400);
		assertThat(nested.body()).contains("\"field\":\"status\"");
		assertThat(loans.entries(id)).isEmpty();
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().status().name()).isNotIn("REPAID", "DEFAULTED");
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.ZERO);
	}

	@Test
	void aMissingKeyWrongContentTypeOrUnknownLoanIsAProblemNotAFailure() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);

		assertThat(post(disbursements(id), WOORI_TOKEN, null, payment(1_000_000, today, "R")).statusCode())
			.isEqualTo(400);
		HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri(disbursements(id)))
			.header("Authorization", "Bearer " + WOORI_TOKEN)
			.header("Idempotency-Key", key())
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(payment(1_000_000, today, "R")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.statusCode()).isEqualTo(415);
		assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(post("/api/v1/bank/loans/987654321/disbursements", WOORI_TOKEN, key(),
				payment(1_000_000, today, "R")).statusCode()).isEqualTo(404);
		HttpResponse<String> notALoan = get("/api/v1/bank/loans/abc", WOORI_TOKEN);
		assertThat(notALoan.statusCode()).isEqualTo(404);
		assertThat(notALoan.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(get("/api/v1/bank/loans?status=LOST", WOORI_TOKEN).statusCode()).isEqualTo(400);
		assertThat(loans.entries(id)).isEmpty();
	}

	@Test
	void aRepaymentReportReleasesTheGuaranteeInThePublicFigures() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.guaranteedLoan(programme, ONE_EOK);
		post(disbursements(id), WOORI_TOKEN, key(), payment(100_000_000, today, "WR-FULL"));
		assertThat(get("/api/v1/programmes", null).body()).contains("\"code\":\"" + programme.value()
				+ "\"");

		HttpResponse<String> repaid = post("/api/v1/bank/loans/" + id.value() + "/status", WOORI_TOKEN, null,
				"{\"status\":\"REPAID\"}");

		assertThat(repaid.statusCode()).isEqualTo(200);
		assertThat(repaid.body()).contains("\"status\":\"REPAID\"");
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.ZERO);
		assertThat(ledger.position(programme).disbursed()).isEqualTo(ONE_EOK);
		assertThat(post("/api/v1/bank/loans/" + id.value() + "/status", WOORI_TOKEN, null, "{\"status\":\"LOST\"}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void theApiIsDescribedForBankDevelopers() throws Exception {
		HttpResponse<String> description = get("/v3/api-docs", null);

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("/api/v1/bank/loans/{id}/disbursements", "Idempotency-Key",
				"/api/v1/bank/loans/{id}/status", "/api/v1/bank/loans/{id}/monthly-reports", "/api/v1/programmes");
		assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aLoanIsPaidOutOnlyAgainstAnAcknowledgedCertificate() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.approvedLoan(programme, ONE_EOK, "WOORI");

		HttpResponse<String> beforeIssue = post(disbursements(id), WOORI_TOKEN, key(), payment(40_000_000, today, "CA-1"));
		HttpResponse<String> earlyAcknowledgement = post(acknowledgement(id), WOORI_TOKEN, null, "");
		deliveries.issueCertificate(id);
		HttpResponse<String> listed = get("/api/v1/bank/loans/" + id.value(), WOORI_TOKEN);
		HttpResponse<String> beforeAcknowledgement = post(disbursements(id), WOORI_TOKEN, key(),
				payment(40_000_000, today, "CA-2"));
		HttpResponse<String> acknowledged = post(acknowledgement(id), WOORI_TOKEN, null, "");
		HttpResponse<String> paid = post(disbursements(id), WOORI_TOKEN, key(), payment(40_000_000, today, "CA-3"));

		assertThat(beforeIssue.statusCode()).isEqualTo(409);
		assertThat(beforeIssue.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(beforeIssue.body()).contains("certificate-not-acknowledged", "not been issued");
		assertThat(earlyAcknowledgement.statusCode()).isEqualTo(409);
		assertThat(listed.body()).contains("\"guaranteeRatio\":100", "\"certificateAcknowledged\":false",
				"certificate.pdf");
		assertThat(beforeAcknowledgement.statusCode()).isEqualTo(409);
		assertThat(beforeAcknowledgement.body()).contains("Acknowledge receipt of the guarantee certificate first");
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(acknowledged.body()).contains("\"certificateAcknowledged\":true");
		assertThat(paid.statusCode()).isEqualTo(201);
		assertThat(loans.entries(id)).hasSize(1);
		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(40_000_000));
	}

	@Test
	void theBankSystemDownloadsItsLoansCertificateWithItsTokenOnceItIsIssued() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.approvedLoan(programme, ONE_EOK, "WOORI");
		ApplicationId ibk = fixtures.guaranteedLoan(programme, ONE_EOK, "IBK");
		String certificate = "/api/v1/bank/loans/" + id.value() + "/certificate.pdf";

		HttpResponse<byte[]> beforeIssue = download(certificate, WOORI_TOKEN);
		String listedBefore = get("/api/v1/bank/loans/" + id.value(), WOORI_TOKEN).body();
		deliveries.issueCertificate(id);
		String listed = get("/api/v1/bank/loans/" + id.value(), WOORI_TOKEN).body();
		HttpResponse<byte[]> issued = download(certificate, WOORI_TOKEN);
		HttpResponse<byte[]> anotherBanks = download("/api/v1/bank/loans/" + ibk.value() + "/certificate.pdf",
				WOORI_TOKEN);
		HttpResponse<byte[]> withoutToken = download(certificate, null);

		assertThat(beforeIssue.statusCode()).isEqualTo(404);
		assertThat(listedBefore).contains("\"certificateUrl\":null");
		assertThat(listed).contains("\"certificateUrl\":\"" + certificate + "\"");
		assertThat(issued.statusCode()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(issued.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("attachment",
						loans.find(new BankCode("WOORI"), id).orElseThrow().guaranteeNumber() + ".pdf"));
		assertThat(new String(issued.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(anotherBanks.statusCode()).isEqualTo(404);
		assertThat(new String(anotherBanks.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("loan-not-found");
		assertThat(withoutToken.statusCode()).isEqualTo(401);
	}

	@Test
	void theSmeIsToldWhenItsCertificateIsIssuedAndWhenItsBankAcknowledgedIt() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.approvedLoan(programme, ONE_EOK, "WOORI");
		long sme = applications.details(id).orElseThrow().application().organisationId();

		deliveries.issueCertificate(id);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> kinds(sme, id).contains(Notification.GUARANTEE_CERTIFICATE_ISSUED));
		assertThat(kinds(sme, id)).doesNotContain(Notification.GUARANTEE_CERTIFICATE_ACKNOWLEDGED);
		post(acknowledgement(id), WOORI_TOKEN, null, "");
		post(acknowledgement(id), WOORI_TOKEN, null, "");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> kinds(sme, id).contains(Notification.GUARANTEE_CERTIFICATE_ACKNOWLEDGED));

		assertThat(kinds(sme, id)).containsOnlyOnce(Notification.GUARANTEE_CERTIFICATE_ISSUED,
				Notification.GUARANTEE_CERTIFICATE_ACKNOWLEDGED);
		Notification acknowledged = notifications.recent(sme)
			.stream()
			.filter(notification -> Notification.GUARANTEE_CERTIFICATE_ACKNOWLEDGED.equals(notification.kind()))
			.findFirst()
			.orElseThrow();
		assertThat(acknowledged.link()).isEqualTo("/applications/" + id.value());
		assertThat(messages.getMessage(acknowledged.messageKey(), null, Locale.KOREAN))
			.isEqualTo("대출 은행이 보증서 수령을 확인했습니다. 이제 대출금을 지급받을 수 있습니다.");
		assertThat(messages.getMessage(acknowledged.messageKey(), null, Locale.ENGLISH))
			.isEqualTo("Your lending bank acknowledged receiving the guarantee certificate and may now pay the loan out.");
	}

	private List<String> kinds(long organisation, ApplicationId id) {
		return notifications.recent(organisation)
			.stream()
			.filter(notification -> notification.applicationId() != null && notification.applicationId() == id.value())
			.map(Notification::kind)
			.toList();
	}

	@Test
	void fiftyAcknowledgementsAtOnceRecordOne() throws Exception {
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId id = fixtures.approvedLoan(programme, ONE_EOK, "WOORI");
		deliveries.issueCertificate(id);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(50);
		List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return post(acknowledgement(id), WOORI_TOKEN, null, "").statusCode();
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject and action = :action")
			.param("subject", "application:" + id.value())
			.param("action", "loan.certificate-acknowledged")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(loans.find(new BankCode("WOORI"), id).orElseThrow().isCertificateAcknowledged()).isTrue();
	}

	private String acknowledgement(ApplicationId id) {
		return "/api/v1/bank/loans/" + id.value() + "/certificate-acknowledgement";
	}

	private String disbursements(ApplicationId id) {
		return "/api/v1/bank/loans/" + id.value() + "/disbursements";
	}

	private static String payment(long amount, String on, String reference) {
		return "{\"amountWon\":" + amount + ",\"disbursedOn\":\"" + on + "\",\"reference\":\"" + reference + "\"}";
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> download(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> post(String path, String token, String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

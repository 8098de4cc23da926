package kr.sangsaeng.disbursement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class ClaimApiTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final String WOORI_TOKEN = "demo-woori-token";

	@LocalServerPort
	int port;

	@Autowired
	Claims claims;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	Accounts accounts;

	HttpClient http = HttpClient.newHttpClient();

	ProgrammeCode programme;

	String today;

	@BeforeEach
	void setUp() {
		programme = fixtures.programme(Won.of(10_000_000_000L));
		today = LocalDate.now(SeoulTime.ZONE).toString();
	}

	@Test
	void theBankFilesAClaimAndSeesItOnTheLoan() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);

		HttpResponse<String> filed = post(id, key(), claim(400_000_000, 340_000_000, "WR-CLAIM-1"));

		assertThat(filed.statusCode()).isEqualTo(201);
		assertThat(filed.headers().firstValue("Idempotent-Replayed")).hasValue("false");
		assertThat(filed.body()).contains("\"status\":\"FILED\"", "\"coveredLossWon\":400000000",
				"\"claimedWon\":340000000", "\"reference\":\"WR-CLAIM-1\"", "\"paidWon\":null");
		HttpResponse<String> loan = get("/api/v1/bank/loans/" + id.value());
		assertThat(loan.body()).contains("\"claim\":{", "\"status\":\"FILED\"", "\"claimedWon\":340000000");
		assertThat(claims.ofLoan(id)).singleElement().extracting(Claim::channel).isEqualTo(DisbursementChannel.API);
	}

	@Test
	void theSameRequestAgainIsAReplayAndAnotherWhileOneIsOpenIsAConflict() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		String key = key();
		post(id, key, claim(300_000_000, 300_000_000, "WR-CLAIM-2"));

		HttpResponse<String> sameKey = post(id, key, claim(300_000_000, 300_000_000, "WR-CLAIM-2"));
		HttpResponse<String> newKey = post(id, key(), claim(300_000_000, 300_000_000, "WR-CLAIM-2"));
		HttpResponse<String> another = post(id, key(), claim(300_000_000, 250_000_000, "WR-CLAIM-3"));

		assertThat(sameKey.statusCode()).isEqualTo(201);
		assertThat(sameKey.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(newKey.statusCode()).isEqualTo(200);
		assertThat(newKey.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(another.statusCode()).isEqualTo(409);
		assertThat(another.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(another.body()).contains("claim-not-possible", "This loan has a claim already");
		assertThat(claims.ofLoan(id)).singleElement().extracting(Claim::claimed).isEqualTo(Won.of(300_000_000));
	}

	@Test
	void aClaimAboveTheRatioTimesTheLossIsRefusedWith422() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);

		HttpResponse<String> refused = post(id, key(), claim(400_000_000, 340_000_001, "WR-CLAIM-4"));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"claimedWon\"", "85% times the covered loss");
		assertThat(claims.ofLoan(id)).isEmpty();
	}

	@Test
	void aLoanNotInDefaultIsAConflictAndAnotherBanksLoanIsNotFound() throws Exception {
		ApplicationId current = fixtures.guaranteedLoan(programme, FIVE_EOK);
		ApplicationId ibk = fixtures.guaranteedLoan(programme, FIVE_EOK, "IBK");

		HttpResponse<String> notDefaulted = post(current, key(), claim(100, 100, "R"));
		HttpResponse<String> others = post(ibk, key(), claim(100, 100, "R"));

		assertThat(notDefaulted.statusCode()).isEqualTo(409);
		assertThat(notDefaulted.body()).contains("Only a defaulted loan can be claimed on");
		assertThat(others.statusCode()).isEqualTo(404);
		assertThat(claims.ofLoan(current)).isEmpty();
		assertThat(claims.ofLoan(ibk)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"claimedWon\":100,\"defaultDate\":\"TODAY\",\"reference\":\"R\"}|coveredLossWon",
			"{\"coveredLossWon\":\"1억\",\"claimedWon\":100,\"defaultDate\":\"TODAY\",\"reference\":\"R\"}|coveredLossWon",
			"{\"coveredLossWon\":100,\"claimedWon\":0,\"defaultDate\":\"TODAY\",\"reference\":\"R\"}|claimedWon",
			"{\"coveredLossWon\":100,\"claimedWon\":1.5,\"defaultDate\":\"TODAY\",\"reference\":\"R\"}|claimedWon",
			"{\"coveredLossWon\":100,\"claimedWon\":100,\"defaultDate\":\"31/05/2026\",\"reference\":\"R\"}|defaultDate",
			"{\"coveredLossWon\":100,\"claimedWon\":100,\"defaultDate\":\"TODAY\",\"reference\":\" \"}|reference" })
	void eachMalformedFieldIsNamedWith400(String body, String field) throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);

		HttpResponse<String> refused = post(id, key(), body.replace("TODAY", today));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
		assertThat(claims.ofLoan(id)).isEmpty();
	}

	@Test
	void fiftyParallelSubmissionsWithOneKeyRecordOneClaim() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);
		String key = key();
		List<Callable<Object>> sends = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			sends.add(() -> post(id, key, claim(400_000_000, 340_000_000, "WR-CLAIM-RACE")).statusCode());
		}

		List<Object> outcomes = LoansTests.race(sends);

		assertThat(outcomes).allMatch(status -> Integer.valueOf(201).equals(status));
		assertThat(claims.ofLoan(id)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'claim.filed' and subject = :subject")
			.param("subject", "application:" + id.value())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void theBankRecordsARecoveryOnItsPaidClaimOnceHoweverOftenItIsSent() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		paidClaim(id, 200_000_000);
		String key = key();

		HttpResponse<String> recorded = post(id, "/claims/recoveries", key, recovery(50_000_000));
		HttpResponse<String> again = post(id, "/claims/recoveries", key, recovery(50_000_000));

		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(recorded.headers().firstValue("Idempotent-Replayed")).hasValue("false");
		assertThat(recorded.body()).contains("\"status\":\"PAID\"", "\"recoveredWon\":50000000",
				"\"recoveries\":[{\"recoveredWon\":50000000,\"recoveredOn\":\"" + today + "\"}]");
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		Claim claim = claims.ofLoan(id).get(0);
		assertThat(claim.recovered()).isEqualTo(Won.of(50_000_000));
		assertThat(claim.recoveries()).singleElement()
			.satisfies(recovery -> assertThat(recovery.recordedBy()).startsWith("api-token:"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'claim.recovery-recorded' "
				+ "and subject = :subject")
			.param("subject", "application:" + id.value())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void recoveriesBeyondWhatWasPaidOrBeforeAnyPaymentAreRefusedWith422() throws Exception {
		ApplicationId paid = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		paidClaim(paid, 200_000_000);
		ApplicationId unpaid = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		post(unpaid, "/claims", key(), claim(100_000_000, 100_000_000, "WR-CLAIM-U"));
		post(paid, "/claims/recoveries", key(), recovery(150_000_000));

		HttpResponse<String> tooMuch = post(paid, "/claims/recoveries", key(), recovery(50_000_001));
		HttpResponse<String> beforePayment = post(unpaid, "/claims/recoveries", key(), recovery(1_000));

		assertThat(tooMuch.statusCode()).isEqualTo(422);
		assertThat(tooMuch.body()).contains("\"field\":\"amountWon\"", "₩50 million");
		assertThat(beforePayment.statusCode()).isEqualTo(422);
		assertThat(claims.ofLoan(paid).get(0).recovered()).isEqualTo(Won.of(150_000_000));
		assertThat(claims.ofLoan(unpaid).get(0).recoveries()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"recoveredOn\":\"TODAY\"}|amountWon",
			"{\"amountWon\":-5,\"recoveredOn\":\"TODAY\"}|amountWon",
			"{\"amountWon\":\"5천만\",\"recoveredOn\":\"TODAY\"}|amountWon",
			"{\"amountWon\":1000,\"recoveredOn\":\"15.07.2026\"}|recoveredOn",
			"{\"amountWon\":1000}|recoveredOn" })
	void eachMalformedRecoveryFieldIsNamedWith400(String body, String field) throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		paidClaim(id, 100_000_000);

		HttpResponse<String> refused = post(id, "/claims/recoveries", key(), body.replace("TODAY", today));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
		assertThat(claims.ofLoan(id).get(0).recoveries()).isEmpty();
	}

	@Test
	void anotherBanksLoanTakesNoRecovery() throws Exception {
		ApplicationId ibk = fixtures.guaranteedLoan(programme, FIVE_EOK, "IBK");

		assertThat(post(ibk, "/claims/recoveries", key(), recovery(1_000)).statusCode()).isEqualTo(404);
	}

	@Test
	void fiftyParallelRecoveriesWithOneKeyRecordOne() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		paidClaim(id, 200_000_000);
		String key = key();
		List<Callable<Object>> sends = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			sends.add(() -> post(id, "/claims/recoveries", key, recovery(10_000_000)).statusCode());
		}

		List<Object> outcomes = LoansTests.race(sends);

		assertThat(outcomes).allMatch(status -> Integer.valueOf(201).equals(status));
		assertThat(claims.ofLoan(id).get(0).recoveries()).hasSize(1);
		assertThat(claims.ofLoan(id).get(0).recovered()).isEqualTo(Won.of(10_000_000));
	}

	private void paidClaim(ApplicationId id, long amount) throws Exception {
		HttpResponse<String> filed = post(id, "/claims", key(), claim(amount, amount, "WR-PAID-" + id.value()));
		assertThat(filed.statusCode()).isEqualTo(201);
		long claim = claims.ofLoan(id).get(0).id();
		SignedInUser reviewer = accounts.account("kodit.reviewer").orElseThrow();
		SignedInUser approver = accounts.account("kodit.approver").orElseThrow();
		claims.recommend(reviewer, claim, Won.of(amount), null);
		claims.pay(approver, claim, LocalDate.parse(today));
	}

	private static String recovery(long amount) {
		return "{\"amountWon\":" + amount + ",\"recoveredOn\":\"" + LocalDate.now(SeoulTime.ZONE) + "\"}";
	}

	private String claim(long loss, long claimed, String reference) {
		return "{\"coveredLossWon\":" + loss + ",\"claimedWon\":" + claimed + ",\"defaultDate\":\"" + today
				+ "\",\"reference\":\"" + reference + "\"}";
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + WOORI_TOKEN)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ApplicationId id, String key, String body) throws Exception {
		return post(id, "/claims", key, body);
	}

	private HttpResponse<String> post(ApplicationId id, String path, String key, String body) throws Exception {
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/" + id.value() + path))
			.header("Authorization", "Bearer " + WOORI_TOKEN)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

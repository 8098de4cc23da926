package kr.sangsaeng.disbursement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class MonthlyReportApiTests {

	private static final Won ONE_EOK = Won.of(100_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	@LocalServerPort
	int port;

	@Autowired
	Loans loans;

	@Autowired
	MonthlyReports reports;

	@Autowired
	LoanFixtures fixtures;

	HttpClient http = HttpClient.newHttpClient();

	String thisMonth = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();

	@Test
	void aMonthIsRecordedOnceSentAgainItAnswersTheFirstReportAndAnotherReportIsAConflict() throws Exception {
		ApplicationId id = fixtures.paidOutLoan(ONE_EOK, 85);

		HttpResponse<String> first = post(id, report(thisMonth, 60_000_000, "ARREARS", "35"));
		HttpResponse<String> again = post(id,
				"{ \"daysInArrears\": 35, \"status\": \"ARREARS\", \"balanceWon\": 60000000, \"month\": \"" + thisMonth
						+ "\" }");
		HttpResponse<String> other = post(id, report(thisMonth, 50_000_000, "CURRENT", null));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.body()).contains("\"month\":\"" + thisMonth + "\"", "\"balanceWon\":60000000",
				"\"status\":\"ARREARS\"", "\"daysInArrears\":35", "\"outstandingBalanceWon\":60000000",
				"\"outstandingGuaranteeWon\":51000000");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(other.statusCode()).isEqualTo(409);
		assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(other.body()).contains("month-already-reported", "\"field\":\"month\"");
		assertThat(reports.history(id)).singleElement().extracting(MonthlyReport::balance)
			.isEqualTo(Won.of(60_000_000));
		assertThat(get(id).body()).contains("\"outstandingGuaranteeWon\":51000000", "\"monthlyReports\":[{",
				"\"balanceWon\":60000000");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"balanceWon\":1,\"status\":\"CURRENT\"}|month",
			"{\"month\":\"2026-13\",\"balanceWon\":1,\"status\":\"CURRENT\"}|month",
			"{\"month\":\"May 2026\",\"balanceWon\":1,\"status\":\"CURRENT\"}|month",
			"{\"month\":\"NOW\",\"status\":\"CURRENT\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":\"1\",\"status\":\"CURRENT\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":1.5,\"status\":\"CURRENT\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":-1,\"status\":\"CURRENT\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":100000001,\"status\":\"CURRENT\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":5,\"status\":\"REPAID\"}|balanceWon",
			"{\"month\":\"NOW\",\"balanceWon\":1,\"status\":\"LATE\"}|status",
			"{\"month\":\"NOW\",\"balanceWon\":1,\"status\":\"ARREARS\"}|daysInArrears",
			"{\"month\":\"NOW\",\"balanceWon\":1,\"status\":\"ARREARS\",\"daysInArrears\":0}|daysInArrears",
			"{\"month\":\"NOW\",\"balanceWon\":1,\"status\":\"CURRENT\",\"daysInArrears\":4}|daysInArrears",
			"{\"month\":\"NEXT\",\"balanceWon\":1,\"status\":\"CURRENT\"}|month",
			"{\"month\":\"LAST\",\"balanceWon\":1,\"status\":\"CURRENT\"}|month" })
	void eachWrongFieldIsABadRequestNamingItAndRecordsNothing(String body, String field) throws Exception {
		ApplicationId id = fixtures.paidOutLoan(ONE_EOK);
		YearMonth now = YearMonth.parse(thisMonth);

		HttpResponse<String> answer = post(id, body.replace("NOW", thisMonth)
			.replace("NEXT", now.plusMonths(1).toString())
			.replace("LAST", now.minusMonths(1).toString()));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
		assertThat(reports.history(id)).isEmpty();
	}

	@Test
	void anotherBanksLoanIsNotFoundAndARepaidReportEndsTheLoan() throws Exception {
		ApplicationId ibk = fixtures.guaranteedLoan(fixtures.programme(Won.of(10_000_000_000L)), ONE_EOK, "IBK");
		ApplicationId id = fixtures.paidOutLoan(ONE_EOK);

		HttpResponse<String> foreign = post(ibk, report(thisMonth, 0, "CURRENT", null));
		HttpResponse<String> repaid = post(id, report(thisMonth, 0, "REPAID", null));

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(repaid.statusCode()).isEqualTo(201);
		assertThat(repaid.body()).contains("\"loanStatus\":\"REPAID\"", "\"outstandingGuaranteeWon\":0");
		assertThat(loans.find(WOORI, id).orElseThrow().status()).isEqualTo(LoanStatus.REPAID);
	}

	private static String report(String month, long balance, String status, String days) {
		return "{\"month\":\"" + month + "\",\"balanceWon\":" + balance + ",\"status\":\"" + status + "\""
				+ (days == null ? "" : ",\"daysInArrears\":" + days) + "}";
	}

	private HttpResponse<String> post(ApplicationId id, String body) throws Exception {
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/" + id.value() + "/monthly-reports"))
			.header("Authorization", "Bearer demo-woori-token")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(ApplicationId id) throws Exception {
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/" + id.value()))
			.header("Authorization", "Bearer demo-woori-token")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

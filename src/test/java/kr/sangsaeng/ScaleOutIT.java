package kr.sangsaeng;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: whichever instance a request
 * reaches, the visitor is signed in and sees the same data. The second instance starts as production does,
 * without demo data, once for all the tests here.
 */
@SangsaengTest
class ScaleOutIT {

	static final String PASSWORD = "blue harbour lantern 7";

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@LocalServerPort
	int portOfA;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	static ConfigurableApplicationContext instanceB;

	static int portOfB;

	@BeforeAll
	static void startTheSecondInstance() {
		instanceB = new SpringApplicationBuilder(SangsaengApplication.class, TestDatabaseConfiguration.class)
			.properties("server.port=0")
			.run();
		portOfB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
	}

	@AfterAll
	static void stopTheSecondInstance() {
		instanceB.close();
	}

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOtherAndASubmissionMadeOnOneIsSeenOnTheOther() {
		assertThat(portOfB).isNotEqualTo(portOfA);

		String number = TestSmes.validBusinessNumber();
		String email = "owner-" + number + "@scale-out.example";
		WebSession onA = new WebSession(portOfA);
		HttpResponse<String> signedUp = onA.submit("/register", "/register", signUp(number, email));
		assertThat(signedUp.statusCode()).isEqualTo(302);
		WebSession onB = onA.on(portOfB);

		HttpResponse<String> homeOnB = onB.get("/applications");
		assertThat(homeOnB.statusCode()).as("the session from A is valid on B").isEqualTo(200);
		assertThat(homeOnB.body()).contains("(주)분산정밀");

		long organisationId = jdbc.sql("select organisation_id from company_profile "
				+ "where business_registration_number = :number")
			.param("number", number)
			.query(Long.class)
			.single();
		// the company proves its number (as a mailed code or a checked certificate would) before it may submit
		jdbc.sql("update organisation set verification = 'VERIFIED', verified_at = now() where id = :id")
			.param("id", organisationId)
			.update();
		Applicant sme = new Applicant(organisationId, number, "(주)분산정밀", email);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));

		String page = "/applications/" + id.value();
		HttpResponse<String> submitted = onB.submit(page, page + "/submit", Map.of());
		assertThat(submitted.statusCode()).as("B takes A's session and B's own CSRF token").isEqualTo(302);

		long receipt = jdbc.sql("select receipt_number from guarantee_application where id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
		HttpResponse<String> seenOnA = onA.get(page);
		assertThat(seenOnA.statusCode()).isEqualTo(200);
		assertThat(seenOnA.body()).contains("접수번호 " + String.format("%06d", receipt));
		assertThat(onA.get("/applications").body()).contains(String.format("%06d", receipt));

		HttpResponse<String> signedOut = onB.submit(page, "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?signedOut"));
		assertThat(onA.get("/applications").statusCode()).as("signed out on B is signed out on A")
			.isEqualTo(302);
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() {
		String username = "scale-out-" + Long.toString(System.nanoTime(), 36) + "@example.kr";
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "select :username, :hash, '분산시험', 'MINISTRY_OFFICIAL', id from organisation where code = 'MOEF'")
			.param("username", username)
			.param("hash", passwordEncoder.encode(PASSWORD))
			.update();
		WebSession onB = new WebSession(portOfB).signIn(username, PASSWORD);
		assertThat(onB.get("/dashboard").statusCode()).isEqualTo(200);

		long id = jdbc.sql("select id from user_account where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
		new WebSession(portOfA).signIn("admin", "demo1234!")
			.submit("/admin/accounts?q=" + username, "/admin/accounts/" + id + "/disable",
					Map.of("confirmed", "true", "reason", "퇴직"));

		HttpResponse<String> next = onB.get("/dashboard");
		assertThat(next.statusCode()).as("the session on B ended when A disabled the account").isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?ended"));
	}

	@Test
	void failedSignInsOnOneInstanceMakeTheAccountWaitOnTheOther() {
		String username = "scale-out-guess-" + Long.toString(System.nanoTime(), 36) + "@example.kr";
		for (int i = 0; i < 5; i++) {
			new WebSession(portOfA).submit("/login", "/login", Map.of("username", username, "password", "wrong " + i));
		}

		HttpResponse<String> onB = new WebSession(portOfB).submit("/login", "/login",
				Map.of("username", username, "password", "wrong again"));
		assertThat(onB.headers().firstValue("Location")).as("B counts the failures made on A")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?wait=1"));
	}

	private static Map<String, String> signUp(String number, String email) {
		return SampleData.signUpForm(number, "(주)분산정밀", "김분산", email, PASSWORD);
	}

}

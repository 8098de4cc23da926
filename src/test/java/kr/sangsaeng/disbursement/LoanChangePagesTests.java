package kr.sangsaeng.disbursement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class LoanChangePagesTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	Loans loans;

	@Autowired
	LoanChanges changes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuaranteeApplications applications;

	ProgrammeCode programme;

	@BeforeEach
	void setUp() {
		programme = fixtures.programme(Won.of(10_000_000_000L));
	}

	@Test
	void theSmeAsksToLowerItsLoanTheReviewerApprovesAndTheBankSeesTheNewAmountOnItsPageAndApi() throws Exception {
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		RequestPostProcessor sme = sme(id);
		String smePage = "/applications/" + id.value() + "/changes";
		mvc.perform(get("/applications/" + id.value()).with(sme))
			.andExpect(content().string(containsString(smePage)));

		mvc.perform(post(smePage).with(sme).with(csrf())
			.param("kind", "AMOUNT_DOWN")
			.param("newAmountWon", "3억")
			.param("reason", "매출 감소로 필요 자금이 줄었습니다"))
			.andExpect(redirectedUrl(smePage))
			.andExpect(flash().attribute("notice", "loanChange.notice.requested"));
		mvc.perform(get(smePage).with(sme))
			.andExpect(content().string(allOf(containsString("금액 감액"), containsString("기관 심사 대기"),
					not(containsString("loan-change-form")))));

		mvc.perform(get("/review/loan-changes").with(as("kodit.reviewer")))
			.andExpect(content().string(containsString("/review/loans/" + id.value() + "/changes")));
		long change = changes.history(signedIn("kodit.reviewer"), id).get(0).id();
		mvc.perform(post("/review/loan-changes/" + change + "/approval").with(as("kodit.reviewer")).with(csrf()))
			.andExpect(redirectedUrl("/review/loans/" + id.value() + "/changes"))
			.andExpect(flash().attribute("notice", "loanChange.notice.approved"));

		mvc.perform(get("/disbursements/" + id.value() + "/changes").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("3억 원"), containsString("승인"),
					containsString("kodit.reviewer"))));
		mvc.perform(get("/disbursements/" + id.value()).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("/disbursements/" + id.value() + "/changes"),
					containsString("loan-change-history"), containsString("매출 감소로 필요 자금이 줄었습니다"))));
		mvc.perform(get("/api/v1/bank/loans/" + id.value()).header("Authorization", "Bearer demo-woori-token"))
			.andExpect(jsonPath("$.approvedWon").value(300_000_000))
			.andExpect(jsonPath("$.remainingWon").value(300_000_000))
			.andExpect(jsonPath("$.changes[0].kind").value("AMOUNT_DOWN"))
			.andExpect(jsonPath("$.changes[0].status").value("APPROVED"))
			.andExpect(jsonPath("$.changes[0].previousWon").value(500_000_000))
			.andExpect(jsonPath("$.changes[0].newWon").value(300_000_000));
		mvc.perform(get(smePage).param("lang", "en").with(sme))
			.andExpect(content().string(allOf(containsString("Lower the amount"), containsString("Approved"))));
	}

	@Test
	void mistakesAreShownNextToTheirFieldsInKoreanAndEnglishAndNothingIsAsked() throws Exception {
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		String bankPage = "/disbursements/" + id.value() + "/changes";

		mvc.perform(post(bankPage).with(as("woori.officer")).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("변경할 항목을 선택하세요."),
					containsString("사유를 입력하세요."))));
		mvc.perform(post(bankPage).with(as("woori.officer")).with(csrf())
			.param("kind", "AMOUNT_DOWN")
			.param("newAmountWon", "6억")
			.param("reason", "감액"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"newAmountWon-error\""),
					containsString("승인 금액 5억 원보다 낮은 금액을 입력하세요."))));
		mvc.perform(post(bankPage).with(as("woori.officer")).with(csrf())
			.param("lang", "en")
			.param("kind", "TERM_EXTENSION")
			.param("newTermMonths", "48")
			.param("reason", "Longer build-out"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"newTermMonths-error\""),
					containsString("The programme allows at most 36 months."))));
		mvc.perform(post(bankPage).with(as("woori.officer")).with(csrf())
			.param("kind", "BANK_CHANGE")
			.param("newBankCode", "KB")
			.param("reason", "거래 은행 변경"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이 협약에서 대출하는 다른 은행을 선택하세요.")));

		assertThat(changes.history(signedIn("woori.officer"), id)).isEmpty();
	}

	@Test
	void aRejectionNeedsAReasonAndOthersFindNothing() throws Exception {
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK);
		LoanChange requested = changes.request(signedIn("woori.officer"), id, new LoanChanges.Request(
				LoanChangeKind.AMOUNT_DOWN, Won.of(400_000_000), null, null, "실행 계획 축소"));
		String decision = "/review/loan-changes/" + requested.id();

		mvc.perform(post(decision + "/rejection").with(as("kodit.reviewer")).with(csrf()).param("rejectionReason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rejectionReason-error\"")));
		mvc.perform(post(decision + "/approval").with(as("ksure.reviewer")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review/loans/" + id.value() + "/changes").with(as("ksure.reviewer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/disbursements/" + id.value() + "/changes").with(as("ibk.officer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/applications/" + id.value() + "/changes").with(as("sme.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post(decision + "/confirmation").with(as("kodit.reviewer")).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(post(decision + "/rejection").with(as("kodit.reviewer")).with(csrf())
			.param("rejectionReason", "실행 계획이 확인되지 않습니다"))
			.andExpect(flash().attribute("notice", "loanChange.notice.rejected"));
		mvc.perform(get("/disbursements/" + id.value() + "/changes").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("반려"), containsString("실행 계획이 확인되지 않습니다"))));
		assertThat(loans.find(new kr.sangsaeng.shared.BankCode("WOORI"), id).orElseThrow().approved())
			.isEqualTo(FIVE_EOK);
	}

	@Test
	void anApprovedBankChangeDeliversTheCertificateToTheNewBankWhichIsToldAndAcknowledgesItBeforePaying()
			throws Exception {
		ApplicationId id = fixtures.guaranteedLoan(programme, FIVE_EOK, "IBK");
		String loanPage = "/disbursements/" + id.value();
		LoanChange requested = changes.request(signedIn("ibk.officer"), id, new LoanChanges.Request(
				LoanChangeKind.BANK_CHANGE, null, null, new BankCode("WOORI"), "차주가 주거래 은행을 옮깁니다"));
		String decision = "/review/loan-changes/" + requested.id();
		mvc.perform(post(decision + "/approval").with(as("kodit.reviewer")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(decision + "/confirmation").with(as("kodit.approver")).with(csrf()))
			.andExpect(flash().attribute("notice", "loanChange.notice.approved"));

		mvc.perform(get("/disbursements").param("programme", programme.value()).with(as("woori.officer")))
			.andExpect(content().string(containsString("href=\"" + loanPage + "\"")));
		mvc.perform(get("/disbursements").param("programme", programme.value()).with(as("ibk.officer")))
			.andExpect(content().string(not(containsString("href=\"" + loanPage + "\""))));
		mvc.perform(get(loanPage).with(as("ibk.officer"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/bank/loans/" + id.value()).header("Authorization", "Bearer demo-woori-token"))
			.andExpect(jsonPath("$.certificateAcknowledged").value(false));
		String payment = "{\"amountWon\":100000000,\"disbursedOn\":\"" + LocalDate.now(SeoulTime.ZONE)
				+ "\",\"reference\":\"MOVED-" + id.value() + "\"}";
		mvc.perform(post("/api/v1/bank/loans/" + id.value() + "/disbursements")
			.header("Authorization", "Bearer demo-woori-token")
			.header("Idempotency-Key", "moved-" + id.value())
			.contentType(MediaType.APPLICATION_JSON)
			.content(payment)).andExpect(status().isConflict());
		assertThat(loans.entries(id)).isEmpty();

		await().until(() -> notified("WOORI", id).contains("LOAN_MOVED_TO_BANK")
				&& notified("IBK", id).contains("LOAN_MOVED_FROM_BANK"));
		mvc.perform(get("/notifications").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("href=\"" + loanPage + "\""),
					containsString("대출 은행을 귀 은행으로 변경했습니다"))));
		mvc.perform(get("/notifications").param("lang", "en").with(as("ibk.officer")))
			.andExpect(content().string(containsString("moved this guaranteed loan to another bank")));
		String receipt = applications.labels(List.of(id.value())).get(id.value()).receipt();
		await().until(() -> mailSubjects("woori.officer").stream()
			.anyMatch(subject -> subject.contains(receipt) && subject.contains("귀 은행으로")));
		assertThat(mailSubjects("ibk.officer")).anyMatch(subject -> subject.contains("다른 은행으로 옮겼습니다"));
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject and action = 'loan.moved-to-bank' "
				+ "and details ->> 'certificateDeliveredTo' = 'WOORI'")
			.param("subject", "application:" + id.value())
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(post("/api/v1/bank/loans/" + id.value() + "/certificate-acknowledgement")
			.header("Authorization", "Bearer demo-woori-token")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/bank/loans/" + id.value() + "/disbursements")
			.header("Authorization", "Bearer demo-woori-token")
			.header("Idempotency-Key", "moved-again-" + id.value())
			.contentType(MediaType.APPLICATION_JSON)
			.content(payment)).andExpect(status().isCreated());
	}

	private List<String> notified(String bank, ApplicationId id) {
		return jdbc.sql("select n.kind from notification n join organisation o on o.id = n.organisation_id "
				+ "where o.code = :bank and n.application_id = :id")
			.param("bank", bank)
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	private List<String> mailSubjects(String username) {
		return jdbc.sql("select subject from mail_message where recipient = :address")
			.param("address", username + "@demo.sangsaeng.example")
			.query(String.class)
			.list();
	}

	private RequestPostProcessor sme(ApplicationId id) {
		Loan loan = loans.ofApplication(id).orElseThrow();
		return user(new SignedInUser(-loan.organisationId(), "owner-" + loan.businessNumber() + "@example.kr",
				"unused", "대표", Role.SME_APPLICANT, new OrganisationRef(loan.organisationId(), OrganisationKind.SME,
						loan.businessNumber(), new LocalizedName(loan.companyName(), loan.companyName())),
				true));
	}

	private SignedInUser signedIn(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}

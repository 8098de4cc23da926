package kr.sangsaeng.disbursement;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ClaimPagesTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Claims claims;

	@Autowired
	LoanFixtures fixtures;

	ProgrammeCode programme;

	String today;

	@BeforeEach
	void setUp() {
		programme = fixtures.programme(Won.of(10_000_000_000L));
		today = LocalDate.now(SeoulTime.ZONE).toString();
	}

	@Test
	void theBankFilesAClaimTheAgencyRecommendsAndAnotherApproverPaysIt() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);
		String loanPage = "/disbursements/" + id.value();
		mvc.perform(get(loanPage).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("부실 대위변제 청구"), containsString("claim-form"))));

		mvc.perform(post(loanPage + "/claims").with(as("woori.officer")).with(csrf())
			.param("coveredLossWon", "4억")
			.param("claimedWon", "3억 4000만")
			.param("defaultDate", today)
			.param("reference", "WR-CLAIM-PAGE"))
			.andExpect(redirectedUrl(loanPage + "#claim"))
			.andExpect(flash().attribute("notice", "claim.notice.filed"));
		long claim = claims.ofLoan(id).get(0).id();

		mvc.perform(get("/claims").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("/claims/" + claim + "\""),
					containsString("접수됨, 기관 검토 대기"))));
		mvc.perform(post("/claims/" + claim + "/recommendation").with(as("kodit.reviewer")).with(csrf())
			.param("amountWon", "3억 4000만"))
			.andExpect(redirectedUrl("/claims/" + claim));
		mvc.perform(get("/claims/" + claim).with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("지급 상신됨, 결재 대기"), not(containsString("payment-form")))));
		mvc.perform(post("/claims/" + claim + "/payment").with(as("kodit.approver")).with(csrf())
			.param("paidOn", today))
			.andExpect(redirectedUrl("/claims/" + claim))
			.andExpect(flash().attribute("notice", "claim.notice.paid"));

		mvc.perform(get(loanPage).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("지급됨"), containsString("3억 4,000만 원"),
					containsString("recovery-form"), not(containsString("class=\"claim-form")))));
		mvc.perform(get(loanPage).param("lang", "en").with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("Claim on the default"), containsString("Paid"))));
		assertThat(claims.ofLoan(id).get(0).paid()).isEqualTo(Won.of(340_000_000));
	}

	@Test
	void mistakesAreShownNextToTheirFieldsAndNothingIsFiled() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 85);

		mvc.perform(post("/disbursements/" + id.value() + "/claims").with(as("woori.officer")).with(csrf())
			.param("coveredLossWon", "4억")
			.param("claimedWon", "4억")
			.param("defaultDate", today)
			.param("reference", "WR-TOO-MUCH"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"claimedWon-error\""),
					containsString("보증비율 85% × 보증 대상 손실액"))));
		mvc.perform(post("/disbursements/" + id.value() + "/claims").with(as("woori.officer")).with(csrf())
			.param("coveredLossWon", "많이")
			.param("claimedWon", "")
			.param("defaultDate", "어제")
			.param("reference", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"coveredLossWon-error\""),
					containsString("id=\"claimedWon-error\""), containsString("id=\"defaultDate-error\""),
					containsString("id=\"reference-error\""))));
		mvc.perform(post("/disbursements/" + id.value() + "/claims").with(as("woori.officer")).with(csrf())
			.param("coveredLossWon", "4억")
			.param("claimedWon", "00000000")
			.param("defaultDate", today)
			.param("reference", "WR-ZERO"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"claimedWon-error\""),
					containsString("0보다 큰 금액"))));
		assertThat(claims.ofLoan(id)).isEmpty();
	}

	@Test
	void anotherAgencysClaimIsNotFoundAndTheRecommenderCannotPay() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = claims.file(new BankCode("WOORI"), id, Won.of(100_000_000), Won.of(100_000_000),
				LocalDate.parse(today), "WR-OWN", Actor.person("woori.officer", Role.BANK_OFFICER),
				DisbursementChannel.PAGE).claim().id();

		mvc.perform(get("/claims/" + claim).with(as("kibo.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/claims/" + claim + "x").with(as("kodit.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(post("/claims/" + claim + "/recommendation").with(as("kodit.approver")).with(csrf())
			.param("amountWon", "1억"))
			.andExpect(redirectedUrl("/claims/" + claim));
		mvc.perform(post("/claims/" + claim + "/payment").with(as("kodit.approver")).with(csrf())
			.param("paidOn", today))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("직접 상신한 지급입니다")));
		mvc.perform(post("/claims/" + claim + "/payment").with(as("kodit.reviewer")).with(csrf())
			.param("paidOn", today))
			.andExpect(status().isForbidden());
		assertThat(claims.ofLoan(id).get(0).status()).isEqualTo(ClaimStatus.RECOMMENDED);
	}

	@Test
	void anApproverRejectsAClaimWithAReasonTheBankReadsAndMayFileAgain() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = file(id, "WR-REJECTED");

		mvc.perform(post("/claims/" + claim + "/rejection").with(as("kodit.approver")).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/claims/" + claim + "/rejection").with(as("kodit.approver")).with(csrf())
			.param("reason", "손실액 증빙이 제출되지 않았습니다."))
			.andExpect(redirectedUrl("/claims/" + claim))
			.andExpect(flash().attribute("notice", "claim.notice.rejected"));

		mvc.perform(get("/disbursements/" + id.value()).with(as("woori.officer")))
			.andExpect(content().string(allOf(containsString("거절됨"), containsString("손실액 증빙이 제출되지 않았습니다."),
					containsString("claim-form"))));
		assertThat(claims.ofLoan(id)).singleElement().extracting(Claim::status).isEqualTo(ClaimStatus.REJECTED);
	}

	@Test
	void theAgencyRecordsARecoveryOnItsPaidClaimNeverMoreThanWasPaid() throws Exception {
		ApplicationId id = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		long claim = file(id, "WR-RECOVERED");
		claims.recommend(users("kodit.reviewer"), claim, Won.of(100_000_000), null);
		claims.pay(users("kodit.approver"), claim, LocalDate.parse(today));

		mvc.perform(post("/claims/" + claim + "/recoveries").with(as("kodit.reviewer")).with(csrf())
			.param("amountWon", "2억")
			.param("recoveredOn", today))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amountWon-error\""),
					containsString("아직 회수되지 않은 1억 원"))));
		mvc.perform(post("/claims/" + claim + "/recoveries").with(as("kodit.reviewer")).with(csrf())
			.param("amountWon", "3000만")
			.param("recoveredOn", today))
			.andExpect(redirectedUrl("/claims/" + claim));

		mvc.perform(get("/claims/" + claim).param("lang", "en").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("Record a recovery"),
					containsString(" still to recover"))));
		assertThat(claims.ofLoan(id).get(0).recovered()).isEqualTo(Won.of(30_000_000));
	}

	private long file(ApplicationId id, String reference) {
		return claims.file(new BankCode("WOORI"), id, Won.of(100_000_000), Won.of(100_000_000), LocalDate.parse(today),
				reference, Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE).claim().id();
	}

	private SignedInUser users(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}

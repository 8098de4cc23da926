package kr.sangsaeng.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.dashboard.ClaimFigures;
import kr.sangsaeng.dashboard.FigureReckoning;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ministry's dashboard counts the claims paid on a programme's defaulted loans and the claim rate exactly.
 */
@SangsaengTest
class ClaimDashboardTests {

	private static final Won FIVE_EOK = Won.of(500_000_000);

	private static final BankCode WOORI = new BankCode("WOORI");

	private static final Actor OFFICER = Actor.person("woori.officer", Role.BANK_OFFICER);

	@Autowired
	Claims claims;

	@Autowired
	ClaimFigures figures;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	Loans loans;

	@Autowired
	LoanFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FigureReckoning reckoning;

	@Test
	void claimsPaidAndTheClaimRateArePerAgreementAndPerBank() throws Exception {
		LocalDate today = LocalDate.now(SeoulTime.ZONE);
		ProgrammeCode programme = fixtures.programme(Won.of(10_000_000_000L));
		ApplicationId paid = fixtures.defaultedLoan(programme, FIVE_EOK, 85);
		ApplicationId filedOnly = fixtures.defaultedLoan(programme, FIVE_EOK, 100);
		ApplicationId ibk = fixtures.guaranteedLoan(programme, FIVE_EOK, "IBK");
		loans.pay(new BankCode("IBK"), ibk, FIVE_EOK, today, "IBK-" + ibk.value(),
				Actor.person("ibk.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		long claim = claims.file(WOORI, paid, Won.of(400_000_000), Won.of(340_000_000), today, "WR-D-1", OFFICER,
				DisbursementChannel.PAGE).claim().id();
		claims.recommend(accounts.account("kodit.reviewer").orElseThrow(), claim, Won.of(340_000_000), null);
		claims.pay(accounts.account("kodit.approver").orElseThrow(), claim, today);
		claims.file(WOORI, filedOnly, Won.of(100_000_000), Won.of(100_000_000), today, "WR-D-2", OFFICER,
				DisbursementChannel.PAGE);
		List<ProgrammeSummary> chosen = List.of(catalogue.find(programme).orElseThrow());
		reckoning.reckon();

		assertThat(figures.byBank(chosen)).containsExactly(
				new ClaimFigures.Row("IBK", 1, FIVE_EOK, 0, 0, Won.ZERO, new BigDecimal("0.00")),
				new ClaimFigures.Row("WOORI", 2, Won.of(925_000_000), 2, 1, Won.of(340_000_000),
						new BigDecimal("36.76")));
		assertThat(figures.byAgreement(chosen)).singleElement().satisfies(row -> {
			assertThat(row.guaranteedLoans()).isEqualTo(3);
			assertThat(row.guaranteed()).isEqualTo(Won.of(1_425_000_000));
			assertThat(row.defaultedLoans()).isEqualTo(2);
			assertThat(row.claimsPaid()).isEqualTo(1);
			assertThat(row.paid()).isEqualTo(Won.of(340_000_000));
			assertThat(row.claimRate()).isEqualTo(new BigDecimal("23.86"));
		});

		mvc.perform(get("/dashboard/breakdowns").param("programme", programme.value())
			.with(user(users.loadUserByUsername("ministry"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("대위변제율"), containsString("36.76%"),
					containsString("23.86%"), containsString("340,000,000"))));
	}

	@Test
	void aVisitorFindsAPaidClaimInTheDemoDataOnTheAgencysQueueAndTheDashboard() {
		List<Claims.Entry> queue = claims.queue(accounts.account("kodit.reviewer").orElseThrow().organisation()
			.agencyCode());

		assertThat(queue).filteredOn(entry -> entry.claim().channel() == DisbursementChannel.DEMO)
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.claim().status()).isEqualTo(ClaimStatus.PAID);
				assertThat(entry.loan().status()).isEqualTo(LoanStatus.DEFAULTED);
				assertThat(entry.claim().paid()).isEqualTo(entry.claim().claimed());
			});
		reckoning.reckon();
		assertThat(figures.byAgreement(catalogue.all())).anySatisfy(row -> {
			assertThat(row.claimsPaid()).isPositive();
			assertThat(row.paid().isZero()).isFalse();
		});
	}

}

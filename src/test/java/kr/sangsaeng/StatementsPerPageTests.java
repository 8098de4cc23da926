package kr.sangsaeng;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.applications.UploadedDocument;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.SeoulTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that list things ask the database the same number of questions however many things they list: no page
 * reads its rows one query at a time. Each page is counted, then more of what it lists is added, and it is counted
 * again. Every SQL statement the request thread sends is counted, the session's included.
 */
@SangsaengTest
@Import(StatementsPerPageTests.CountingStatements.class)
class StatementsPerPageTests {

	/**
	 * No page needs more than this many statements, whatever it shows.
	 */
	static final long MOST_STATEMENTS_PER_PAGE = 30;

	static final String PASSWORD = "statements-per-page";

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
						return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
					}
					return bean;
				}

			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	Loans loans;

	@Test
	void theReviewQueueAsksAsMuchForTwentyApplicationsAsForTwo() throws Exception {
		ProgrammeCode programme = openProgramme();
		submitted(programme, 2);
		MockHttpServletRequestBuilder queue = get("/review").param("programme", programme.value())
			.with(user(userDetails.loadUserByUsername("kodit.reviewer")));

		long few = statements(queue);
		submitted(programme, 18);

		assertThat(statements(queue)).as("statements for 20 applications, as for 2").isEqualTo(few);
	}

	@Test
	void anApplicationUnderReviewAsksAsMuchWithFiveDocumentsAndAHistoryAsWithOne() throws Exception {
		ProgrammeCode programme = openProgramme();
		Applicant small = smeWithAccount();
		ApplicationId plain = submitted(programme, small, 1);
		Applicant busy = smeWithAccount();
		for (int i = 0; i < 3; i++) {
			ApplicationId earlier = applications.startDraft(busy, openProgramme().value(), content());
			applications.addDocument(busy, earlier, pdf());
			applications.submit(busy, earlier);
		}
		ApplicationId documented = submitted(programme, busy, 5);

		long few = statements(get("/review/" + plain.value())
			.with(user(userDetails.loadUserByUsername("kodit.reviewer"))));
		assertThat(statements(get("/review/" + documented.value())
			.with(user(userDetails.loadUserByUsername("kodit.reviewer")))))
			.as("statements for five documents and three other applications, as for one document")
			.isEqualTo(few);
	}

	@Test
	void anSmeListsThreeApplicationsWithTheQuestionsOfOne() throws Exception {
		Applicant sme = smeWithAccount();
		submitted(openProgramme(), sme, 1);
		MockHttpServletRequestBuilder own = get("/applications").with(user(userDetails.loadUserByUsername(sme.username())));

		long one = statements(own);
		submitted(openProgramme(), sme, 1);
		submitted(openProgramme(), sme, 1);

		assertThat(statements(own)).as("statements for three applications, as for one").isEqualTo(one);
	}

	@Test
	void aBankListsMoreLoansAndALoanMorePaymentsWithTheSameQuestions() throws Exception {
		ProgrammeCode programme = openProgramme();
		ApplicationId first = guaranteedLoan(programme);
		pay(first, 1);
		MockHttpServletRequestBuilder list = get("/disbursements").param("programme", programme.value())
			.with(user(userDetails.loadUserByUsername("woori.officer")));

		long oneLoan = statements(list);
		long onePayment = statements(loanPage(first));
		for (int i = 0; i < 4; i++) {
			pay(guaranteedLoan(programme), 1);
		}
		ApplicationId paidOften = guaranteedLoan(programme);
		pay(paidOften, 4);

		assertThat(statements(list)).as("statements for six loans, as for one").isEqualTo(oneLoan);
		assertThat(statements(loanPage(paidOften))).as("statements for four payments, as for one")
			.isEqualTo(onePayment);
	}

	@Test
	void theDashboardAndTheCatalogueAskTheSameWithOneProgrammeMore() throws Exception {
		List<MockHttpServletRequestBuilder> pages = List.of(
				get("/dashboard").with(user(userDetails.loadUserByUsername("ministry"))),
				get("/dashboard/breakdowns").param("by", "bank").with(user(userDetails.loadUserByUsername("ministry"))),
				get("/dashboard/index").with(user(userDetails.loadUserByUsername("ministry"))),
				get("/api/v1/statistics"), get("/api/v1/programmes"), get("/programmes"),
				get("/admin/programmes").with(user(userDetails.loadUserByUsername("admin"))));
		List<Long> before = new ArrayList<>();
		for (MockHttpServletRequestBuilder page : pages) {
			before.add(statements(page));
		}

		ProgrammeCode added = openProgramme();
		pay(guaranteedLoan(added), 2);

		for (int i = 0; i < pages.size(); i++) {
			assertThat(statements(pages.get(i))).as("statements of page %d with one programme more", i)
				.isEqualTo(before.get(i));
		}
	}

	/**
	 * The statements of one request of the page, after a first one that fills whatever the page keeps in memory.
	 */
	private long statements(MockHttpServletRequestBuilder page) throws Exception {
		mvc.perform(page).andExpect(status().isOk());
		QueryCountHolder.clear();
		mvc.perform(page).andExpect(status().isOk());
		long counted = QueryCountHolder.getGrandTotal().getTotal();
		MockHttpServletRequest request = page.buildRequest(new MockServletContext());
		assertThat(counted).as("statements of %s?%s", request.getRequestURI(), request.getQueryString())
			.isPositive()
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
		return counted;
	}

	private MockHttpServletRequestBuilder loanPage(ApplicationId loan) {
		return get("/disbursements/" + loan.value()).with(user(userDetails.loadUserByUsername("woori.officer")));
	}

	private ProgrammeCode openProgramme() {
		ProgrammeCode code = TestProgrammes.uniqueCode("SP");
		administration.create(code, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)),
				Won.of(50_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	private void submitted(ProgrammeCode programme, int count) {
		for (int i = 0; i < count; i++) {
			submitted(programme, TestSmes.newSme(jdbc), 1);
		}
	}

	private ApplicationId submitted(ProgrammeCode programme, Applicant sme, int documents) {
		ApplicationId id = applications.startDraft(sme, programme.value(), content());
		for (int i = 0; i < documents; i++) {
			applications.addDocument(sme, id, pdf());
		}
		applications.submit(sme, id);
		return id;
	}

	private ApplicationId guaranteedLoan(ProgrammeCode programme) {
		ApplicationId id = submitted(programme, TestSmes.newSme(jdbc), 1);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id,
				applications.details(id).orElseThrow().application().version(),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		return id;
	}

	private void pay(ApplicationId loan, int tranches) {
		for (int i = 0; i < tranches; i++) {
			loans.pay("WOORI", loan, Won.of(10_000_000), LocalDate.now(SeoulTime.ZONE), "SP-" + loan.value() + "-" + i,
					"woori.officer", "PAGE");
		}
	}

	private Applicant smeWithAccount() {
		Applicant sme = TestSmes.newSme(jdbc);
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "values (:username, :hash, '김대표', 'SME_APPLICANT', :organisation)")
			.param("username", sme.username())
			.param("hash", passwordEncoder.encode(PASSWORD))
			.param("organisation", sme.organisationId())
			.update();
		return sme;
	}

	private static ApplicationContent content() {
		return new ApplicationContent(Won.of(100_000_000), LoanPurpose.WORKING_CAPITAL, 24, "WOORI",
				"원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다.");
	}

	private static UploadedDocument pdf() {
		return new UploadedDocument("사업계획서.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

}

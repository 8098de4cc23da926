package kr.sangsaeng;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.company.SupplierNominations;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

	/**
	 * An SME's submission with its session read and written, as in the opening rush: the POST (after the SME opened
	 * its draft) and the receipt that its redirect leads to. The submission looks up, in one statement, the funder's
	 * recommendation that the application carries or may carry, and writes the SME's notification and its mail (the
	 * application's label, the SME's addresses) in its own transaction, where they had taken seven statements after
	 * the commit, the event publication's among them; the receipt reads the application, its programme's name and the
	 * agency of its agreement, and nothing of its documents, timeline or guarantee.
	 */
	static final long MOST_STATEMENTS_PER_SUBMISSION = 21;

	static final long MOST_STATEMENTS_PER_RECEIPT_PAGE = 5;

	/**
	 * The transactions begun by the thread that asks for a page, by name, while {@link #transactionsOf} listens.
	 */
	static final List<String> TRANSACTIONS = new CopyOnWriteArrayList<>();

	static volatile Thread listenedTo;

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingStatements {

		@Bean
		static BeanPostProcessor listeningToTransactions() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof AbstractPlatformTransactionManager transactions) {
						transactions.addListener(new TransactionExecutionListener() {

							@Override
							public void afterBegin(TransactionExecution transaction, Throwable failure) {
								if (Thread.currentThread() == listenedTo) {
									TRANSACTIONS.add(transaction.getTransactionName());
								}
							}

						});
					}
					return bean;
				}

			};
		}

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
	CertificateDeliveries deliveries;

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

	@Autowired
	Recommendations recommendations;

	@Autowired
	Contributions contributions;

	@Autowired
	SupplierNominations nominations;

	SampleData sample;

	@BeforeEach
	void sampleData() {
		sample = new SampleData(jdbc, passwordEncoder, administration);
	}

	@Test
	void theReviewQueueAsksAsMuchForTwentyApplicationsAsForTwo() throws Exception {
		ProgrammeCode programme = sample.openProgramme("SP");
		submitted(programme, 2);
		MockHttpServletRequestBuilder queue = get("/review").param("programme", programme.value())
			.with(user(userDetails.loadUserByUsername("kodit.reviewer")));

		long few = statements(queue);
		submitted(programme, 18);

		assertThat(statements(queue)).as("statements for 20 applications, as for 2").isEqualTo(few);
	}

	@Test
	void anApplicationUnderReviewAsksAsMuchWithFiveDocumentsAndAHistoryAsWithOne() throws Exception {
		ProgrammeCode programme = sample.openProgramme("SP");
		Applicant small = sample.smeWithAccount(PASSWORD);
		ApplicationId plain = submitted(programme, small, 1);
		Applicant busy = sample.smeWithAccount(PASSWORD);
		for (int i = 0; i < 3; i++) {
			ApplicationId earlier = applications.startDraft(busy, sample.openProgramme("SP"), SampleData.content());
			TestChecklists.complete(applications, busy, earlier, SampleData.pdf());
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
	void theReviewPageReadsEverythingItShowsInOneTransaction() throws Exception {
		ProgrammeCode programme = sample.openProgramme("SP");
		Applicant sme = sample.smeWithAccount(PASSWORD);
		submitted(programme, sme, 1);
		ApplicationId id = submitted(sample.openProgramme("SP"), sme, 2);
		MockHttpServletRequestBuilder page = get("/review/" + id.value())
			.with(user(userDetails.loadUserByUsername("kodit.reviewer")));

		assertThat(transactionsOf(page)).as("the application's own transactions while its review page is read")
			.filteredOn(name -> name.startsWith("kr.sangsaeng."))
			.containsExactly("kr.sangsaeng.review.ReviewPages.file");
	}

	@Test
	void anSmeListsThreeApplicationsWithTheQuestionsOfOne() throws Exception {
		Applicant sme = sample.smeWithAccount(PASSWORD);
		submitted(sample.openProgramme("SP"), sme, 1);
		MockHttpServletRequestBuilder own = get("/applications").with(user(userDetails.loadUserByUsername(sme.username())));

		long one = statements(own);
		submitted(sample.openProgramme("SP"), sme, 1);
		submitted(sample.openProgramme("SP"), sme, 1);

		assertThat(statements(own)).as("statements for three applications, as for one").isEqualTo(one);
	}

	@Test
	void aBankListsMoreLoansAndALoanMorePaymentsWithTheSameQuestions() throws Exception {
		ProgrammeCode programme = sample.openProgramme("SP");
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

		ProgrammeCode added = sample.openProgramme("SP");
		pay(guaranteedLoan(added), 2);

		for (int i = 0; i < pages.size(); i++) {
			assertThat(statements(pages.get(i))).as("statements of page %d with one programme more", i)
				.isEqualTo(before.get(i));
		}
	}

	@Test
	void aFundersDashboardAsksAsMuchWithMoreRecommendationsContributionsAndApplications() throws Exception {
		FunderCode posco = new FunderCode("POSCO");
		AgreementCode agreement = recommendations.agreementsOf(posco)
			.stream()
			.map(Agreement::code)
			.filter(code -> code.value().startsWith("POSCO-IBK-KSURE"))
			.findFirst()
			.orElseThrow();
		MockHttpServletRequestBuilder dashboard = get("/funder/dashboard")
			.with(user(userDetails.loadUserByUsername("posco.funder")));

		long before = statements(dashboard);
		LocalDate today = recommendations.today();
		for (int i = 0; i < 3; i++) {
			Applicant sme = TestSmes.newSme(jdbc);
			TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 1);
			recommendations.recommend(posco, BusinessRegistrationNumber.parse(sme.businessNumber()), agreement,
					PartnerTier.TIER_1, Won.of(100_000_000), today.plusDays(10), "posco.funder");
			TestSmes.submitted(applications, sme);
			contributions.record(agreement, "POSCO", ContributionKind.FEE_SUPPORT, Won.of(10_000_000), today, null,
					"admin");
		}

		assertThat(statements(dashboard)).as("statements with three recommendations, applications and contributions more")
			.isEqualTo(before);
	}

	@Test
	void aFundersNominationsAskAsMuchWithMoreNominationsFromMorePartners() throws Exception {
		nominatedToPosco();
		MockHttpServletRequestBuilder nominationsPage = get("/funder/nominations")
			.with(user(userDetails.loadUserByUsername("posco.funder")));

		long before = statements(nominationsPage);
		for (int i = 0; i < 3; i++) {
			nominatedToPosco();
		}

		assertThat(statements(nominationsPage)).as("statements with three nominations by three partners more")
			.isEqualTo(before);
	}

	@Test
	void aSubmissionAndItsReceiptPageAskFewQuestionsWithTheSmesOwnSession() throws Exception {
		ProgrammeCode programme = sample.openProgramme("SP");
		Applicant sme = sample.smeWithAccount(PASSWORD);
		Cookie session = signedIn(sme);
		ApplicationId first = readyToSubmit(sample.openProgramme("SP"), sme);
		ApplicationId id = readyToSubmit(programme, sme);
		MvcResult firstSubmission = mvc.perform(post("/applications/" + first.value() + "/submit").cookie(session)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		mvc.perform(get(firstSubmission.getResponse().getRedirectedUrl()).cookie(session))
			.andExpect(status().isOk());
		mvc.perform(get("/applications/" + id.value()).cookie(session)).andExpect(status().isOk());

		QueryCountHolder.clear();
		MvcResult submitted = mvc.perform(post("/applications/" + id.value() + "/submit").cookie(session)
			.with(csrf())).andExpect(redirectedUrl("/applications/" + id.value() + "/receipt")).andReturn();
		long submission = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		String receiptPage = mvc.perform(get(submitted.getResponse().getRedirectedUrl()).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long receipt = QueryCountHolder.getGrandTotal().getTotal();

		assertThat(applications.details(id).orElseThrow().application().receiptNumber()).isNotNull();
		assertThat(receiptPage).contains(applications.details(id).orElseThrow().application().receipt());
		assertThat(submission).as("statements of a submission").isLessThanOrEqualTo(MOST_STATEMENTS_PER_SUBMISSION);
		assertThat(receipt).as("statements of the receipt page").isLessThanOrEqualTo(MOST_STATEMENTS_PER_RECEIPT_PAGE);
	}

	private Cookie signedIn(Applicant sme) throws Exception {
		Cookie session = mvc.perform(post("/login").param("username", sme.username()).param("password", PASSWORD)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of a sign-in").isNotNull();
		return session;
	}

	private ApplicationId readyToSubmit(ProgrammeCode programme, Applicant sme) {
		ApplicationId id = applications.startDraft(sme, programme, SampleData.content());
		TestChecklists.complete(applications, sme, id, SampleData.pdf());
		return id;
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

	/**
	 * The transactions one request of the page begins, after a first one that fills whatever the page keeps in
	 * memory.
	 */
	private List<String> transactionsOf(MockHttpServletRequestBuilder page) throws Exception {
		mvc.perform(page).andExpect(status().isOk());
		TRANSACTIONS.clear();
		listenedTo = Thread.currentThread();
		try {
			mvc.perform(page).andExpect(status().isOk());
		}
		finally {
			listenedTo = null;
		}
		return List.copyOf(TRANSACTIONS);
	}

	private MockHttpServletRequestBuilder loanPage(ApplicationId loan) {
		return get("/disbursements/" + loan.value()).with(user(userDetails.loadUserByUsername("woori.officer")));
	}

	/**
	 * A supplier nominated to POSCO by a tier-1 partner of its own.
	 */
	private void nominatedToPosco() {
		Applicant partner = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", partner.businessNumber(), 1);
		nominations.nominate("POSCO", partner.organisationId(), BusinessRegistrationNumber.parse(partner.businessNumber()),
				BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber()), "(주)추천부품", PartnerTier.TIER_2, null,
				null, null, partner.username());
	}

	private void submitted(ProgrammeCode programme, int count) {
		for (int i = 0; i < count; i++) {
			submitted(programme, TestSmes.newSme(jdbc), 1);
		}
	}

	private ApplicationId submitted(ProgrammeCode programme, Applicant sme, int documents) {
		ApplicationId id = applications.startDraft(sme, programme, SampleData.content());
		for (int i = 0; i < documents; i++) {
			TestChecklists.complete(applications, sme, id, SampleData.pdf());
		}
		applications.submit(sme, id);
		return id;
	}

	private ApplicationId guaranteedLoan(ProgrammeCode programme) {
		ApplicationId id = submitted(programme, TestSmes.newSme(jdbc), 1);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id,
				applications.details(id).orElseThrow().application().version(),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		deliveries.readyToPay(id);
		return id;
	}

	private void pay(ApplicationId loan, int tranches) {
		for (int i = 0; i < tranches; i++) {
			loans.pay(new BankCode("WOORI"), loan, Won.of(10_000_000), LocalDate.now(SeoulTime.ZONE), "SP-" + loan.value() + "-" + i,
					Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		}
	}

}

package kr.sangsaeng.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.company.Recommendations;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POSCO's own dashboard: its contributions and what they back, its suppliers' applications by status, the won
 * approved this month, and the SMEs it recommended that have not applied; Hyundai Motor sees none of it.
 */
@SangsaengTest
@WithUserDetails("posco.funder")
class FunderDashboardPagesTests {

	private static final FunderCode POSCO = new FunderCode("POSCO");

	private static final FunderCode HYUNDAI = new FunderCode("HYUNDAI");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FunderDashboard dashboard;

	@Autowired
	Recommendations recommendations;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	Contributions contributions;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	UserDetailsService users;

	@Test
	void theFunderSeesItsOwnSuppliersContributionsAndTheSmesToRemind() throws Exception {
		FunderView before = dashboard.of(POSCO);
		FunderView hyundaiBefore = dashboard.of(HYUNDAI);
		Agreement agreement = recommendations.agreementsOf(POSCO)
			.stream()
			.filter(found -> found.code().value().startsWith("POSCO-IBK-KSURE"))
			.findFirst()
			.orElseThrow();
		LocalDate today = recommendations.today();

		Applicant approvedSme = partner();
		recommend(approvedSme, agreement, Won.of(300_000_000), today.plusDays(30));
		ApplicationId approved = TestSmes.submitted(applications, approvedSme);
		decisions.approve(accounts.account("ksure.reviewer").orElseThrow(), approved,
				TestSmes.version(applications, approved),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("85"), Percentage.of("1"), null),
				"운전자금 소요에 맞춰 2억 원으로 줄여 승인합니다.", "승인");
		Applicant pendingSme = partner();
		ApplicationId pending = TestSmes.submitted(applications, pendingSme);
		ApplicationStatus pendingStatus = ApplicationStatus.valueOf(jdbc
			.sql("select status from guarantee_application where id = :id")
			.param("id", pending.value())
			.query(String.class)
			.single());
		Applicant waitingSme = partner();
		RecommendationView waiting = recommend(waitingSme, agreement, Won.of(120_000_000), today.plusDays(40));
		contributions.record(agreement.code(), "POSCO", ContributionKind.FEE_SUPPORT, Won.of(123_450_000), today, null,
				"admin");

		Document page = page(get("/funder/dashboard"));

		Element approvedRow = page.selectFirst(".funder-applications tr[data-status=APPROVED]");
		assertThat(approvedRow.selectFirst("th").text()).isEqualTo("승인 (보증서 발급)");
		assertThat(approvedRow.select("td").eachText()).containsExactly(
				Long.toString(count(before, ApplicationStatus.APPROVED).applications() + 1),
				words(count(before, ApplicationStatus.APPROVED).requested().plus(Won.of(300_000_000))),
				words(count(before, ApplicationStatus.APPROVED).approved().plus(Won.of(200_000_000))));
		assertThat(page.selectFirst(".funder-applications tr[data-status=" + pendingStatus + "] td").text())
			.isEqualTo(Long.toString(count(before, pendingStatus).applications() + 1));
		assertThat(page.selectFirst(".funder-applications tfoot td").text())
			.isEqualTo(Long.toString(before.total().applications() + 2));

		Element thisMonth = page.select(".funder-pace tbody tr").last();
		assertThat(page.select(".funder-pace tbody tr")).hasSize(FunderDashboard.PACE_MONTHS);
		assertThat(thisMonth.selectFirst("th").text())
			.isEqualTo(today.getYear() + "년 " + today.getMonthValue() + "월");
		assertThat(thisMonth.selectFirst("td").text())
			.isEqualTo(words(before.pace().get(FunderDashboard.PACE_MONTHS - 1).approved().plus(Won.of(200_000_000))));

		assertThat(page.selectFirst("#waiting-" + waiting.id()).select("th, td").eachText())
			.containsExactly(waitingSme.companyName(), agreement.code().value(), "1억 2,000만 원",
					waiting.validUntil().toString());
		assertThat(page.select(".funder-waiting").text()).doesNotContain(approvedSme.companyName());

		assertThat(page.select(".funder-contributions tbody tr")
			.stream()
			.map(row -> row.select("td").eachText())
			.toList()).contains(List.of(agreement.code().value(), "보증료 지원금", "1억 2,345만 원",
					today.toString()));
		Element backing = page.selectFirst(".funder-backing tr[data-agreement=" + agreement.code().value() + "]");
		assertThat(backing.select("td").get(1).text())
			.isEqualTo(words(ledger.position(agreement.code()).capacity()));

		Document hyundai = page(get("/funder/dashboard").with(user(users.loadUserByUsername("hyundai.funder"))));
		assertThat(hyundai.text()).doesNotContain(waitingSme.companyName(), "1억 2,345만 원");
		assertThat(dashboard.of(HYUNDAI)).isEqualTo(hyundaiBefore);
	}

	private Applicant partner() {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 1);
		return sme;
	}

	private RecommendationView recommend(Applicant sme, Agreement agreement, Won amount, LocalDate validUntil) {
		return recommendations.recommend(POSCO, BusinessRegistrationNumber.parse(sme.businessNumber()), agreement.code(),
				PartnerTier.TIER_1, amount, validUntil, "posco.funder");
	}

	private static FunderView.StatusCount count(FunderView view, ApplicationStatus status) {
		return view.applications()
			.stream()
			.filter(count -> count.status() == status)
			.findFirst()
			.orElse(new FunderView.StatusCount(status, 0, Won.ZERO, Won.ZERO));
	}

	private static String words(Won amount) {
		return amount.inWords(Locale.KOREAN);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}

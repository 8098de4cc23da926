package kr.sangsaeng.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.NominationView;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.SupplierNominations;
import kr.sangsaeng.dashboard.SupplyChainReach.FunderReach;
import kr.sangsaeng.dashboard.SupplyChainReach.TierFigures;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCode;
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
 * How far down POSCO's supply chain the money reaches: a tier-1 partner applies, the tier-2 supplier it nominated and
 * POSCO confirmed applies and is approved, a tier-3 partner applies, and another only drafts; the ministry's overview
 * and POSCO's own dashboard count each exactly once, at its tier, and Hyundai Motor's figures do not move.
 */
@SangsaengTest
@WithUserDetails("posco.funder")
class SupplyChainReachTests {

	private static final FunderCode POSCO = new FunderCode("POSCO");

	private static final FunderCode HYUNDAI = new FunderCode("HYUNDAI");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplyChainReach reach;

	@Autowired
	DashboardAccess access;

	@Autowired
	SupplierNominations nominations;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	FigureReckoning reckoning;

	@Test
	void eachApplicationCountsOnceAtTheTierItsFunderListsTheApplicant() throws Exception {
		SignedInUser ministry = (SignedInUser) users.loadUserByUsername("ministry");
		reckoning.reckon();
		FunderReach before = reach.of(POSCO);
		FunderReach ministryBefore = posco(reach.of(access.programmesFor(ministry)));
		FunderReach hyundaiBefore = reach.of(HYUNDAI);

		Applicant tierOne = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", tierOne.businessNumber(), 1);
		TestSmes.submitted(applications, tierOne);

		Applicant tierTwo = TestSmes.newSme(jdbc);
		NominationView nominated = nominations.nominate("POSCO", tierOne.organisationId(),
				BusinessRegistrationNumber.parse(tierOne.businessNumber()),
				BusinessRegistrationNumber.parse(tierTwo.businessNumber()), tierTwo.companyName(), PartnerTier.TIER_2,
				null, null, null, tierOne.username());
		nominations.confirm(POSCO, nominated.id(), "posco.funder");
		ApplicationId approved = TestSmes.submitted(applications, tierTwo);
		decisions.approve(accounts.account("ksure.reviewer").orElseThrow(), approved,
				TestSmes.version(applications, approved),
				new ApprovalTerms(Won.of(200_000_000), Percentage.of("85"), Percentage.of("1"), null),
				"운전자금 소요에 맞춰 2억 원으로 줄여 승인합니다.", "승인");
		assertThat(jdbc.sql("select partner_tier from guarantee_application where id = :id")
			.param("id", approved.value())
			.query(Integer.class)
			.single()).isEqualTo(2);

		Applicant tierThree = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", tierThree.businessNumber(), 3);
		TestSmes.submitted(applications, tierThree);
		Applicant drafting = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", drafting.businessNumber(), 3);
		applications.startDraft(drafting, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(500_000_000)));

		List<TierFigures> expected = List.of(
				plus(before.tiers().get(0), 1, Won.of(300_000_000), 0, Won.ZERO),
				plus(before.tiers().get(1), 1, Won.of(300_000_000), 1, Won.of(200_000_000)),
				plus(before.tiers().get(2), 1, Won.of(300_000_000), 0, Won.ZERO));
		reckoning.reckon();
		assertThat(reach.of(POSCO).tiers()).isEqualTo(expected);
		assertThat(posco(reach.of(access.programmesFor(ministry))).tiers()).isEqualTo(List.of(
				plus(ministryBefore.tiers().get(0), 1, Won.of(300_000_000), 0, Won.ZERO),
				plus(ministryBefore.tiers().get(1), 1, Won.of(300_000_000), 1, Won.of(200_000_000)),
				plus(ministryBefore.tiers().get(2), 1, Won.of(300_000_000), 0, Won.ZERO)));
		assertThat(reach.of(HYUNDAI)).isEqualTo(hyundaiBefore);

		Document own = page(get("/funder/dashboard"));
		assertThat(own.select(".supply-chain-reach tbody").eachAttr("data-funder")).containsExactly("POSCO");
		assertThat(cells(own.selectFirst(".supply-chain-reach tr[data-tier=2]"))).isEqualTo(texts(expected.get(1)));

		Document overview = page(get("/dashboard").with(user(ministry)));
		assertThat(overview.select(".supply-chain-reach tbody").eachAttr("data-funder")).contains("POSCO", "HYUNDAI");
		Element ministryTierTwo = overview.selectFirst(".supply-chain-reach tbody[data-funder=POSCO] tr[data-tier=2]");
		assertThat(cells(ministryTierTwo))
			.isEqualTo(texts(posco(reach.of(access.programmesFor(ministry))).tiers().get(1)));

		Document hyundai = page(get("/funder/dashboard").with(user(users.loadUserByUsername("hyundai.funder"))));
		assertThat(hyundai.select(".supply-chain-reach tbody").eachAttr("data-funder")).containsExactly("HYUNDAI");
	}

	private static FunderReach posco(List<FunderReach> all) {
		return all.stream().filter(row -> row.funder().code().equals("POSCO")).findFirst().orElseThrow();
	}

	private static TierFigures plus(TierFigures figures, long applications, Won requested, long approvals,
			Won approved) {
		return new TierFigures(figures.tier(), figures.applications() + applications,
				figures.requested().plus(requested), figures.approvals() + approvals, figures.approved().plus(approved));
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText().subList(1, 5);
	}

	private static List<String> texts(TierFigures figures) {
		return List.of(Long.toString(figures.applications()), figures.requested().inWords(Locale.KOREAN),
				Long.toString(figures.approvals()), figures.approved().inWords(Locale.KOREAN));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}

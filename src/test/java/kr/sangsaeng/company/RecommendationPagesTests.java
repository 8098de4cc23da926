package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.web.Notice;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.review.Approval;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POSCO recommends its partner SMEs for the agreement of POSCO·IBK that it funds: the form's messages, the list,
 * the letter, the application that carries the recommendation, and the reviewer's flag once it is withdrawn.
 */
@SangsaengTest
@WithUserDetails("posco.funder")
class RecommendationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recommendations recommendations;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	void eachFieldOfTheFormSaysWhatIsWrongAndNothingIsIssued() throws Exception {
		Applicant notListed = TestSmes.newSme(jdbc);
		int before = recommendations.of(new FunderCode("POSCO")).size();

		Document form = submitForm(notListed.businessNumber(), agreement().code().value(), "TIER_1", "abc",
				"31/12/2026");
		assertThat(form.selectFirst("#amount-error").text()).isNotBlank();
		assertThat(form.selectFirst("#validUntil-error").text()).isEqualTo("2026-12-31과 같은 날짜를 입력하세요.");
		assertThat(form.select(".invalid-feedback").size()).isEqualTo(2);

		form = submitForm(notListed.businessNumber(), agreement().code().value(), "TIER_1", "5억", tomorrow().toString());
		assertThat(form.selectFirst("#businessNumber-error").text())
			.isEqualTo("협력사 명단에 없는 기업입니다. 먼저 명단에 추가하세요.");

		TestSmes.addPartner(jdbc, "POSCO", notListed.businessNumber(), 1);
		form = submitForm(notListed.businessNumber(), "HMG-KB-WOORI-KODIT", "TIER_1", "5억", tomorrow().toString());
		assertThat(form.selectFirst("#agreementCode-error").text()).isEqualTo("출연한 협약 중 하나를 고르세요.");
		form = submitForm(notListed.businessNumber(), agreement().code().value(), "TIER_1", "5억", "2020-01-01");
		assertThat(form.selectFirst("#validUntil-error").text()).contains("사이의 날짜를 고르세요.");
		form = submitForm(notListed.businessNumber(), agreement().code().value(), "TIER_1", "9999억", tomorrow().toString());
		assertThat(form.selectFirst("#amount-error").text()).contains("이 차수의 협약 한도");
		form = submitForm("", "", "TIER_9", "", "");
		assertThat(form.select(".invalid-feedback").eachAttr("id")).containsExactlyInAnyOrder("businessNumber-error",
				"agreementCode-error", "tier-error", "amount-error", "validUntil-error");

		assertThat(recommendations.of(new FunderCode("POSCO"))).hasSize(before);
	}

	@Test
	void theApplicationCarriesTheRecommendationAndTheReviewerSeesItWithdrawn() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 2);
		mvc.perform(post("/funder/recommendations/new").with(csrf())
			.param("businessNumber", sme.businessNumber())
			.param("agreementCode", agreement().code().value())
			.param("tier", "TIER_2")
			.param("amount", "3억")
			.param("validUntil", tomorrow().plusDays(30).toString()))
			.andExpect(redirectedUrl("/funder/recommendations"));
		RecommendationView issued = recommendations.of(new FunderCode("POSCO")).get(0);
		assertThat(issued.companyName()).isEqualTo(sme.companyName());
		String list = page("/funder/recommendations");
		assertThat(list).contains(issued.letterNumber(), "3억 원", "신청 대기");
		mvc.perform(get("/funder/recommendations/" + issued.id() + "/letter.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		mvc.perform(get("/funder/recommendations/" + issued.id() + "/letter.pdf").with(as("hyundai.funder")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/funder/recommendations/" + issued.id() + "/withdraw").with(csrf()).with(as("hyundai.funder")))
			.andExpect(status().isNotFound());

		ApplicationId application = TestSmes.submitted(applications, sme);
		assertThat(recommendations.forApplication(application)).map(RecommendationView::id).contains(issued.id());
		String smePage = mvc.perform(get("/applications/" + application.value()).with(user(company(sme))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(smePage).selectFirst("#recommendation .recommendation-funder").text()).isEqualTo("포스코");
		mvc.perform(get("/applications/" + application.value() + "/recommendation.pdf").with(user(company(sme))))
			.andExpect(content().contentType("application/pdf"));
		assertThat(Jsoup.parse(reviewPage(application)).select("#recommendation .recommendation-flag")).isEmpty();

		mvc.perform(post("/funder/recommendations/" + issued.id() + "/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/funder/recommendations"));

		assertThat(Jsoup.parse(reviewPage(application)).selectFirst("#recommendation .recommendation-flag").text())
			.contains("포스코", "철회했습니다");
		assertThat(page("/funder/recommendations")).contains("철회됨");
		assertThat(jdbc.sql("select action from audit_entry where subject = :subject order by sequence_number")
			.param("subject", "recommendation:" + issued.id())
			.query(String.class)
			.list()).containsExactly("recommendation.issued", "recommendation.attached", "recommendation.withdrawn");
	}

	@Test
	void aRecommendationAnApprovedApplicationUsesIsNotWithdrawn() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 1);
		RecommendationView issued = recommendations.recommend(new FunderCode("POSCO"),
				BusinessRegistrationNumber.parse(sme.businessNumber()),
				agreement().code(), PartnerTier.TIER_1, Won.of(300_000_000), tomorrow().plusDays(30), "posco.funder");
		ApplicationId application = TestSmes.submitted(applications, sme);
		Approval approval = decisions.approve(accounts.account("ksure.reviewer").orElseThrow(), application,
				TestSmes.version(applications, application),
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		assertThat(approval.guarantee()).isPresent();
		assertThat(recommendations.one(new FunderCode("POSCO"), issued.id()).applicationId()).isEqualTo(application.value());

		FlashMap flash = mvc.perform(post("/funder/recommendations/" + issued.id() + "/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/funder/recommendations"))
			.andReturn()
			.getFlashMap();

		RecommendationView after = recommendations.one(new FunderCode("POSCO"), issued.id());
		assertThat(after.withdrawn()).isFalse();
		assertThat(after.applicationId()).isEqualTo(application.value());
		assertThat(flash.get("notice")).isInstanceOfSatisfying(Notice.class, notice -> {
			assertThat(notice.success()).isFalse();
			assertThat(messages.getMessage(notice.key(), notice.arguments(), Locale.KOREAN))
				.isEqualTo("승인된 신청에 쓰인 추천이라 철회할 수 없습니다.");
			assertThat(messages.getMessage(notice.key(), notice.arguments(), Locale.ENGLISH))
				.isEqualTo("An approved application uses this recommendation; it can no longer be withdrawn.");
		});
		Document list = Jsoup.parse(page("/funder/recommendations"));
		assertThat(list.selectFirst("#recommendation-" + issued.id() + " .recommendation-state").text())
			.isEqualTo("신청서에 첨부됨");
		assertThat(list.select("#recommendation-" + issued.id() + " form")).isEmpty();
		assertThat(jdbc.sql("select action from audit_entry where subject = :subject order by sequence_number")
			.param("subject", "recommendation:" + issued.id())
			.query(String.class)
			.list()).containsExactly("recommendation.issued", "recommendation.attached");
	}

	private Agreement agreement() {
		List<Agreement> funded = recommendations.agreementsOf(new FunderCode("POSCO"));
		return funded.stream().filter(found -> found.code().value().startsWith("POSCO-IBK-KSURE")).findFirst().orElseThrow();
	}

	private LocalDate tomorrow() {
		return recommendations.today().plusDays(1);
	}

	private Document submitForm(String number, String agreement, String tier, String amount, String validUntil)
			throws Exception {
		return Jsoup.parse(mvc
			.perform(MockMvcRequestBuilders.post("/funder/recommendations/new")
				.with(csrf())
				.param("businessNumber", number)
				.param("agreementCode", agreement)
				.param("tier", tier)
				.param("amount", amount)
				.param("validUntil", validUntil))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String reviewPage(ApplicationId application) throws Exception {
		return mvc.perform(get("/review/" + application.value()).with(as("ksure.reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static SignedInUser company(Applicant sme) {
		return new SignedInUser(-sme.organisationId(), sme.username(), "unused", "대표", Role.SME_APPLICANT,
				new OrganisationRef(sme.organisationId(), OrganisationKind.SME, sme.businessNumber(),
						new LocalizedName(sme.companyName(), sme.companyName())),
				true);
	}

}

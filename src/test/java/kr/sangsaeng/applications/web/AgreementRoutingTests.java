package kr.sangsaeng.applications.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application to a programme of several agreements goes to the one the SME chose among those that admit it, is
 * reviewed only by that agreement's agency and reserves that agreement's capacity; the open-data API shows each
 * agreement's figures, which add up to the programme's.
 */
@SangsaengTest
class AgreementRoutingTests {

	private static final String HMG = "HMG-KB-WOORI";

	private static final String KIBO = "HMG-KB-WOORI-KIBO";

	private static final String KSURE = "HMG-KB-WOORI-K-SURE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	CapacityLedger ledger;

	@Test
	void theFormShowsTheAgreementsSideBySideAndWhyTheOthersDoNotAdmitTheCompany() throws Exception {
		SmeApplicationPagesTests.TestSme sme = technologyFirm();

		Document form = Jsoup.parse(mvc.perform(get("/applications/new").param("programme", HMG).param("lang", "en")
			.with(sme.principal())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(form.select("input[name=agreementCode]").eachAttr("value"))
			.containsExactly("HMG-KB-WOORI-KODIT", KIBO, KSURE);
		assertThat(form.select("input[name=agreementCode]:not([disabled])").eachAttr("value"))
			.containsExactly("HMG-KB-WOORI-KODIT", KIBO);
		assertThat(form.select(".agreement-choice").text()).contains("Korea Technology Finance Corporation",
				"Technology firms", "For exporters only: your company profile does not say it exports.");
	}

	@Test
	void aProgrammeWithOneAgreementAsksForNone() throws Exception {
		SmeApplicationPagesTests.TestSme sme = SmeApplicationPagesTests.TestSme.eligibleFor(jdbc, "POSCOINTL");
		mvc.perform(get("/applications/new").param("programme", "POSCOINTL-KODIT").with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"agreementCode\""))));
	}

	@Test
	void anAgreementThatDoesNotAdmitTheCompanyOrDoesNotExistIsRefusedNextToTheFieldAndNothingIsSaved()
			throws Exception {
		SmeApplicationPagesTests.TestSme sme = technologyFirm();
		for (Map.Entry<String, String> choice : Map.of(KSURE, "한국무역보험공사 협약은 귀사가 신청할 수 없습니다",
				"HMG-KB-WOORI-NOPE", "이 프로그램의 협약 중 하나를 선택하세요", "", "이 프로그램의 협약 중 하나를 선택하세요",
				"'; drop table agreement; --", "이 프로그램의 협약 중 하나를 선택하세요").entrySet()) {
			Document page = Jsoup.parse(mvc.perform(draft(sme, choice.getKey(), "WOORI"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#agreementCode-error").text()).as(choice.getKey()).contains(choice.getValue());
		}
		assertThat(drafts(sme)).isZero();
	}

	@Test
	void theBankMustLendUnderTheChosenAgreement() throws Exception {
		SmeApplicationPagesTests.TestSme sme = technologyFirm();
		jdbc.sql("update company_profile set exporter = true where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.update();

		Document page = Jsoup.parse(mvc.perform(draft(sme, KSURE, "KB"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#bankCode-error").text()).contains("한국무역보험공사 협약의 대출 취급 은행");
		assertThat(drafts(sme)).isZero();
	}

	@Test
	void theChosenAgreementsAgencyAloneReviewsTheApplicationAndItsApprovalReservesThatAgreementsCapacity()
			throws Exception {
		SmeApplicationPagesTests.TestSme sme = technologyFirm();
		mvc.perform(draft(sme, KIBO, "KB")).andExpect(status().is3xxRedirection());
		ApplicationId id = new ApplicationId(jdbc
			.sql("select id from guarantee_application where organisation_id = :organisation and agreement_code = :code")
			.param("organisation", sme.organisationId())
			.param("code", KIBO)
			.query(Long.class)
			.single());
		Applicant applicant = new Applicant(sme.organisationId(), sme.businessNumber(), "시험기업 " + sme.businessNumber(),
				"owner-" + sme.businessNumber() + "@example.kr");
		TestChecklists.complete(applications, applicant, id, TestSmes.businessPlan());
		applications.submit(applicant, id);

		mvc.perform(get("/review").param("q", sme.businessNumber()).with(staff("kibo.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/review/" + id.value())));
		mvc.perform(get("/review").param("q", sme.businessNumber()).with(staff("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/review/" + id.value()))));
		for (String other : List.of("kodit.reviewer", "kodit.approver", "ksure.reviewer")) {
			mvc.perform(get("/review/" + id.value()).with(staff(other))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/review/" + id.value()).with(staff("kibo.reviewer"))).andExpect(status().isOk());

		Won kiboBefore = ledger.position(new AgreementCode(KIBO)).committed();
		Won koditBefore = ledger.position(new AgreementCode("HMG-KB-WOORI-KODIT")).committed();
		Won programmeBefore = ledger.position(new ProgrammeCode(HMG)).committed();
		SignedInUser approver = (SignedInUser) accounts.loadUserByUsername("kibo.approver");
		decisions.approve(approver, id, TestSmes.version(applications, id),
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "기술력 확인");

		assertThat(ledger.position(new AgreementCode(KIBO)).committed()).isEqualTo(kiboBefore.plus(Won.of(300_000_000)));
		assertThat(ledger.position(new AgreementCode("HMG-KB-WOORI-KODIT")).committed()).isEqualTo(koditBefore);
		assertThat(ledger.position(new ProgrammeCode(HMG)).committed())
			.isEqualTo(programmeBefore.plus(Won.of(300_000_000)));
		assertThat(jdbc.sql("select agency_code from guarantee where application_id = :id")
			.param("id", id.value())
			.query(String.class)
			.single()).isEqualTo("KIBO");
	}

	@Test
	void theOpenDataApiListsEachProgrammesAgreementsWhoseFiguresAddUpToTheProgrammes() throws Exception {
		mvc.perform(get("/api/v1/programmes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agreements[*].agency")
				.value(org.hamcrest.Matchers.contains("KODIT", "KIBO", "KSURE")))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agreements[*].code").value(
					org.hamcrest.Matchers.contains("HMG-KB-WOORI-KODIT", KIBO, KSURE)))
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE')].agreements[*].agency")
				.value(org.hamcrest.Matchers.contains("KSURE")))
			.andExpect(jsonPath("$[?(@.code == 'POSCOINTL-KODIT')].agreements[*].agency")
				.value(org.hamcrest.Matchers.contains("KODIT")));

		String body = mvc.perform(get("/api/v1/programmes")).andReturn().getResponse().getContentAsString();
		JsonNode programmes = JsonMapper.builder().build().readTree(body);
		for (JsonNode programme : programmes) {
			long capacity = 0;
			long committed = 0;
			long disbursed = 0;
			long remaining = 0;
			for (JsonNode agreement : programme.get("agreements")) {
				assertThat(agreement.get("contributedWon").asLong()).isNotNegative();
				assertThat(agreement.get("guaranteeCapacityWon").asLong())
					.isLessThanOrEqualTo(agreement.get("loanCapacityWon").asLong());
				assertThat(agreement.get("remainingWon").asLong()).isEqualTo(
						agreement.get("loanCapacityWon").asLong() - agreement.get("committedWon").asLong());
				capacity += agreement.get("loanCapacityWon").asLong();
				committed += agreement.get("committedWon").asLong();
				disbursed += agreement.get("disbursedWon").asLong();
				remaining += agreement.get("remainingWon").asLong();
			}
			assertThat(List.of(capacity, committed, disbursed, remaining)).as(programme.get("code").asText())
				.containsExactly(programme.get("capacityWon").asLong(), programme.get("committedWon").asLong(),
						programme.get("disbursedWon").asLong(), programme.get("remainingWon").asLong());
		}
		JsonNode hmg = null;
		for (JsonNode programme : programmes) {
			if (programme.get("code").asText().equals(HMG)) {
				hmg = programme;
			}
		}
		assertThat(hmg).isNotNull();
		assertThat(hmg.get("capacityWon").asLong()).isEqualTo(1_300_000_000_000L);
		// K-SURE guarantees 95 % of its agreement's loans by default
		assertThat(hmg.get("agreements").get(2).get("guaranteeCapacityWon").asLong()).isEqualTo(142_500_000_000L);

		// the open statistics list the same agreements with the same figures
		JsonNode statistics = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/api/v1/statistics")).andReturn().getResponse().getContentAsString());
		for (JsonNode programme : statistics.get("programmes")) {
			if (programme.get("code").asText().equals(HMG)) {
				assertThat(programme.get("agreements")).hasSize(3);
				for (int i = 0; i < 3; i++) {
					JsonNode published = hmg.get("agreements").get(i);
					JsonNode counted = programme.get("agreements").get(i);
					assertThat(List.of(counted.get("code").asText(), counted.get("agency").asText(),
							counted.get("capacityWon").asLong()))
						.containsExactly(published.get("code").asText(), published.get("agency").asText(),
								published.get("loanCapacityWon").asLong());
				}
			}
		}
	}

	private SmeApplicationPagesTests.TestSme technologyFirm() {
		SmeApplicationPagesTests.TestSme sme = SmeApplicationPagesTests.TestSme.eligibleFor(jdbc, "HYUNDAI");
		jdbc.sql("update company_profile set technology_firm = true where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.update();
		return sme;
	}

	private MockHttpServletRequestBuilder draft(SmeApplicationPagesTests.TestSme sme, String agreement, String bank) {
		return post("/applications").param("programme", HMG)
			.param("agreementCode", agreement)
			.param("amount", "300,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "24")
			.param("bankCode", bank)
			.param("businessPlan", "기술개발 자금으로 시제품을 만들고 매출로 상환합니다.")
			.with(csrf())
			.with(sme.principal());
	}

	private long drafts(SmeApplicationPagesTests.TestSme sme) {
		return jdbc.sql("select count(*) from guarantee_application where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor staff(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}

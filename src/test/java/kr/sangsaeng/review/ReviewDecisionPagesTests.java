package kr.sangsaeng.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
class ReviewDecisionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	Guarantees guarantees;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
	}

	@Test
	void aReviewerTakesAnApplicationAndApprovesItWithinTheThreshold() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(get("/review/" + id.value()).with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("아직 담당자가 없습니다."), containsString("내가 담당하기"),
					containsString("보완 요청"), containsString("프로그램 허용 범위 80~100%"),
					containsString("접수 후 영업일 0일 경과 · 목표 처리 기간 영업일 5일"))));
		mvc.perform(decide(id, "take").with(as("kodit.reviewer")))
			.andExpect(redirectedUrl("/review/" + id.value()))
			.andExpect(flash().attribute("notice", "review.notice.taken"));

		mvc.perform(decide(id, "approve").param("amount", "250,000,000")
			.param("ratio", "90")
			.param("feeRate", "1.2")
			.param("conditions", "")
			.param("explanation", "납품 계약 물량에 맞춰 2억 5,000만 원으로 조정했습니다.")
			.param("comment", "납품 계약과 매출 증가 확인")
			.with(as("kodit.reviewer")))
			.andExpect(redirectedUrl("/review/" + id.value()))
			.andExpect(flash().attribute("notice", "review.notice.approved"));

		String number = guarantees.ofApplication(id).orElseThrow().number();
		mvc.perform(get("/review/" + id.value()).with(as("kodit.approver")))
			.andExpect(content().string(allOf(containsString(number), containsString("2억 2,500만 원 (대출금의 90%)"),
					containsString("보증서 내려받기"), containsString("납품 계약과 매출 증가 확인"),
					containsString("기업에 전한 내용: 납품 계약 물량에 맞춰 2억 5,000만 원으로 조정했습니다."),
					not(containsString("신청 반려")))));
	}

	@Test
	void badDecisionInputIsShownNextToItsFieldAndChangesNothing() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(decide(id, "approve").param("amount", "-5")
			.param("ratio", "120")
			.param("feeRate", "1e3")
			.param("comment", " ")
			.with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"amount-error\""), containsString("id=\"ratio-error\""),
					containsString("id=\"feeRate-error\""), containsString("id=\"approval-comment-error\""),
					containsString("입력해 주세요."))));
		mvc.perform(decide(id, "approve").param("amount", "300,000,001")
			.param("ratio", "75")
			.param("feeRate", "1")
			.param("comment", "승인")
			.with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("승인 금액은 0보다 크고 신청 금액 3억 원 이하여야 합니다.")));
		mvc.perform(decide(id, "reject").param("reason", "NOT_A_REASON")
			.param("explanation", "x".repeat(2001))
			.param("comment", "반려")
			.param("lang", "en")
			.with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Choose one of the reasons."),
					containsString("At most 2,000 characters; this has 2,001."))));

		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
		assertThat(guarantees.ofApplication(id)).isEmpty();
		assertThat(jdbc.sql("select count(*) from review_action where application_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyRuleTheApprovalBreaksIsShownAtOnceWithTheProgrammesOwnRange() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		String page = mvc.perform(decide(id, "approve").param("amount", "300,000,001")
			.param("ratio", "120")
			.param("feeRate", "5")
			.param("comment", "")
			.with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("승인 금액은 0보다 크고 신청 금액 3억 원 이하여야 합니다.",
				"이 프로그램의 보증비율은 80%에서 100% 사이입니다.", "이 프로그램의 보증료율은 연 0.5%에서 2% 사이입니다.",
				"id=\"approval-comment-error\"");
		assertThat(page).as("a ratio of 120 is judged by the programme's range, not by what a percentage can be")
			.doesNotContain("0에서 100 사이", "0 to 100");
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
		assertThat(guarantees.ofApplication(id)).isEmpty();

		mvc.perform(decide(id, "approve").param("amount", "300,000,000")
			.param("ratio", "79.999")
			.param("feeRate", "2.001")
			.param("comment", "승인")
			.param("lang", "en")
			.with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The programme allows a guarantee ratio from 80% to 100%."),
					containsString("The programme allows a guarantee fee from 0.5% to 2% a year."),
					not(containsString("id=\"amount-error\"")))));
		assertThat(guarantees.ofApplication(id)).isEmpty();
	}

	@Test
	void theReviewerReadsTheCompanysReplyAsTheCompanysAndTheCompanyAsItsOwn() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		mvc.perform(post("/review/" + id.value() + "/request-information").param("version", version(id))
			.with(csrf())
			.param("message", "최근 3개월 매출 자료를 올려 주세요.")
			.param("comment", "매출 확인 필요")
			.with(as("kodit.reviewer"))).andExpect(flash().attribute("notice", "review.notice.informationRequested"));
		applications.answer(sme, id, "3개월 매출 자료를 첨부했습니다.");

		mvc.perform(get("/review/" + id.value()).with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("기업의 답변"), containsString("기업에 보낸 보완 요청"),
					not(containsString("우리 회사의 답변")))));
		mvc.perform(get("/review/" + id.value()).param("lang", "en").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("The company&#39;s reply"),
					not(containsString("Your answer")))));
		SignedInUser company = new SignedInUser(-sme.organisationId(), sme.username(), "unused", "대표",
				Role.SME_APPLICANT, new OrganisationRef(sme.organisationId(), OrganisationKind.SME, sme.businessNumber(),
						new LocalizedName(sme.companyName(), sme.companyName())),
				true);
		mvc.perform(get("/applications/" + id.value()).with(user(company)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("우리 회사의 답변"), not(containsString("기업의 답변")))));
	}

	@Test
	void aRejectionReachesTheCompanyWithItsReasonInItsLanguage() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(decide(id, "reject").param("reason", "REPAYMENT_CAPACITY")
			.param("explanation", "최근 2년 영업손실이 이어져 상환 재원을 확인하기 어렵습니다.")
			.param("comment", "재무제표상 영업손실 2년 연속")
			.with(as("kodit.reviewer"))).andExpect(flash().attribute("notice", "review.notice.rejected"));

		String timeline = mvc.perform(get("/review/" + id.value()).with(as("kodit.reviewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(timeline).contains("사유: 상환 능력 확인 불가", "최근 2년 영업손실이 이어져 상환 재원을 확인하기 어렵습니다.",
				"재무제표상 영업손실 2년 연속");
	}

	@Test
	void aDecisionOnAnOutdatedPageIsRefusedWithAnExplanation() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		String seen = version(id);
		mvc.perform(decide(id, "take").with(as("kodit.approver")));

		mvc.perform(post("/review/" + id.value() + "/request-information").param("version", seen)
			.with(csrf())
			.param("message", "서류를 보완해 주세요.")
			.param("comment", "보완 필요")
			.with(as("kodit.approver")))
			.andExpect(redirectedUrl("/review/" + id.value()))
			.andExpect(flash().attribute("problem", "application.rule.changed"));
		assertThat(fixtures.status(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aboveTheThresholdTheApproverConfirmsWhatTheReviewerRecommended() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(100_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(decide(id, "approve").param("amount", "300000000")
			.param("ratio", "100")
			.param("feeRate", "1")
			.param("comment", "우량 협력사, 추천")
			.with(as("kodit.reviewer"))).andExpect(flash().attribute("notice", "review.notice.recommended"));
		mvc.perform(get("/review/" + id.value()).with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("승인 추천"),
					containsString("추천자가 아닌 기관 결재권자의 최종 승인을 기다리고 있습니다."),
					not(containsString("승인하고 보증서 발급")))));
		mvc.perform(decide(id, "confirm").param("comment", "확인").with(as("kodit.reviewer")))
			.andExpect(status().isForbidden());
		assertThat(fixtures.status(id)).as("a reviewer cannot confirm").isEqualTo("RECOMMENDED");

		mvc.perform(get("/review/" + id.value()).with(as("kodit.approver")))
			.andExpect(content().string(containsString("승인하고 보증서 발급")));
		mvc.perform(decide(id, "confirm").param("comment", "추천 내용 확인").with(as("kodit.approver")))
			.andExpect(flash().attribute("notice", "review.notice.approved"));
		assertThat(guarantees.ofApplication(id).orElseThrow().recommendedBy()).isEqualTo("kodit.reviewer");
	}

	@Test
	void anotherAgencyGetsNotFoundForTheApplicationAndEveryAction() throws Exception {
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(get("/review/" + id.value()).with(as("ksure.reviewer"))).andExpect(status().isNotFound());
		for (String action : new String[] { "take", "release", "reassign", "request-information", "reject", "approve",
				"confirm", "send-back" }) {
			mvc.perform(decide(id, action).param("message", "m")
				.param("reason", "CREDIT")
				.param("explanation", "e")
				.param("amount", "100000000")
				.param("ratio", "100")
				.param("feeRate", "1")
				.param("assignee", "ksure.reviewer")
				.param("comment", "c")
				.with(as("ksure.approver"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/review/" + id.value() + "/certificate.pdf").with(as("ksure.approver")))
			.andExpect(status().isNotFound());
		mvc.perform(decide(id, "approve").with(as("woori.officer"))).andExpect(status().isForbidden());
		assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
	}

	private MockHttpServletRequestBuilder decide(ApplicationId id, String action) {
		return post("/review/" + id.value() + "/" + action).param("version", version(id)).with(csrf());
	}

	private String version(ApplicationId id) {
		return Long.toString(fixtures.version(id));
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}

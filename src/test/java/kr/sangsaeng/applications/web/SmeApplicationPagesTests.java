package kr.sangsaeng.applications.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class SmeApplicationPagesTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	Loans loans;

	@Autowired
	Clock clock;

	@Test
	void anEligibleSmeSeesWhyItMayApplyBeforeTypingAnything() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		mvc.perform(get("/programmes/HMG-KB-WOORI").with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("이 프로그램에 신청할 수 있습니다"),
					containsString("1차 협력사"), containsString("앞으로 50억 원까지 신청할 수 있습니다"))));
	}

	@Test
	void theApplicationFormShowsTheSameTermsAndWorkedExampleAsTheProgrammePage() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String sentence = "1억 원을 60개월 동안 빌리면 보증기관이 대출의 100%인 1억 원을 보증합니다.";
		mvc.perform(get("/programmes/HMG-KB-WOORI").with(sme.principal()))
			.andExpect(content().string(allOf(containsString(sentence),
					containsString("이 중 기업이 내는 금액은 연 50만 원이고, 나머지 50만 원은 출연기관이 냅니다."))));
		mvc.perform(get("/applications/new").param("programme", "HMG-KB-WOORI").with(sme.principal()))
			.andExpect(content().string(allOf(containsString(sentence),
					containsString("출연기관이 보증료의 50%를 지원하여 기업은 50%(연 0.5%)만 부담합니다"),
					containsString("은행 기본 금리보다 1.5%p 낮은 금리"), containsString("2·3차 협력사는 20억 원까지"))));
	}

	@Test
	void theStartPageListsProgrammesByWhatTheEligibilityCheckSays() throws Exception {
		TestSme newcomer = TestSme.eligibleFor(jdbc, null);
		String page = mvc.perform(get("/").with(newcomer.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String notForYou = page.substring(page.indexOf("id=\"choices-not_for_you\""));
		assertThat(notForYou).contains("우리 회사는 신청할 수 없는 프로그램", "/programmes/HMG-KB-WOORI",
				"/programmes/POSCOINTL-KODIT", "사업자등록번호가 어느 명단에도 없습니다")
			.doesNotContain("/programmes/POSCO-IBK-KSURE");

		TestSme partner = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String partnersPage = mvc.perform(get("/").with(partner.principal())).andReturn().getResponse()
			.getContentAsString();
		String canApply = partnersPage.substring(partnersPage.indexOf("id=\"choices-can_apply\""),
				partnersPage.indexOf("id=\"choices-not_for_you\""));
		assertThat(canApply).contains("신청할 수 있는 프로그램", "/programmes/HMG-KB-WOORI")
			.doesNotContain("/programmes/POSCOINTL-KODIT");
	}

	@Test
	void anSmeOffThePartnerListIsToldWhyItCannotApply() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, null);
		mvc.perform(get("/programmes/POSCOINTL-KODIT").with(sme.principal()))
			.andExpect(content().string(allOf(containsString("지금은 이 프로그램에 신청할 수 없습니다"),
					containsString("사업자등록번호가 어느 명단에도 없습니다"))));
		mvc.perform(get("/applications/new").param("programme", "POSCOINTL-KODIT").with(sme.principal()))
			.andExpect(content().string(not(containsString("name=\"businessPlan\""))));
		mvc.perform(post("/applications").param("programme", "POSCOINTL-KODIT")
			.param("amount", "100,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "12")
			.param("bankCode", "IBK")
			.param("businessPlan", "계획")
			.with(csrf())
			.with(sme.principal())).andExpect(status().isOk());
		assertThat(count("select count(*) from guarantee_application where organisation_id = ?", sme.organisationId()))
			.isZero();
	}

	@Test
	void theFormExplainsEachMistakeNextToItsFieldAndSavesNothing() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "6,000,000,000")
			.param("purpose", "LOTTERY")
			.param("termMonths", "61")
			.param("bankCode", "IBK")
			.param("businessPlan", " ")
			.with(csrf())
			.with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("지금 신청할 수 있는 최대 금액인 50억 원을 넘을 수 없습니다"),
					containsString("자금 용도를 선택하세요."), containsString("1부터 60까지의 개월 수를 입력하세요."),
					containsString("이 프로그램의 대출 취급 은행 중 하나를 선택하세요."), containsString("사업 계획을 적어 주세요."),
					containsString("id=\"amount-error\""))));
		mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("lang", "en")
			.param("amount", "5억 2천")
			.param("purpose", "EXPORT")
			.param("termMonths", "12")
			.param("bankCode", "WOORI")
			.param("businessPlan", "Plan")
			.with(csrf())
			.with(sme.principal()))
			.andExpect(content().string(containsString("could mean 2천 or 2천만 won: write 5억 2천만")));
		mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "5억 원 정도")
			.param("purpose", "EXPORT")
			.param("termMonths", "12")
			.param("bankCode", "WOORI")
			.param("businessPlan", "Plan")
			.with(csrf())
			.with(sme.principal()))
			.andExpect(content().string(containsString("금액은 숫자나 조·억·만·천 단위로 적어 주세요")));
		assertThat(count("select count(*) from guarantee_application where organisation_id = ?", sme.organisationId()))
			.isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "5억|500000000", "5억 2천만|520000000", "3,000만 원|30000000",
			"500,000,000원|500000000", "2억5천만|250000000" })
	void theAmountMayBeWrittenInKoreanUnits(String typed, long won) throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", typed)
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "원자재 구입")
			.with(csrf())
			.with(sme.principal())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(count("select count(*) from guarantee_application where organisation_id = ? and amount_won = ?",
				sme.organisationId(), won)).isEqualTo(1);
		mvc.perform(get(path + "/edit").with(sme.principal())).andExpect(status().isOk());
	}

	@Test
	void anSmeAppliesAttachesADocumentAndSubmitsOnceEvenWhenItClicksTwice() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		MvcResult drafted = mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "300,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "부품 증산을 위한 원자재 구입")
			.with(csrf())
			.with(sme.principal())).andExpect(status().is3xxRedirection()).andReturn();
		String path = drafted.getResponse().getRedirectedUrl();

		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("problem", "application.rule.documentsIncomplete"));
		mvc.perform(multipart(path + "/documents")
			.file(new MockMultipartFile("files", "사업계획서.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("files", "renamed.pdf", "application/pdf", "GIF89a not a pdf".getBytes()))
			.with(csrf())
			.with(sme.principal()))
			.andExpect(flash().attribute("uploadProblems", List.of("application.document.error.type|renamed.pdf")));
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("problem", "application.rule.documentsIncomplete"));
		fillChecklist(path, sme);
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));

		assertThat(count("select count(*) from guarantee_application where organisation_id = ? and status = 'SUBMITTED'",
				sme.organisationId())).isEqualTo(1);
		mvc.perform(get(path).with(sme.principal()))
			.andExpect(content().string(allOf(containsString("접수번호"), containsString("사업계획서.pdf"),
					containsString("접수번호 순서대로 보증기관 심사 대기 목록에 올라 있습니다"))));
		mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "300,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "두 번째")
			.with(csrf())
			.with(sme.principal()))
			.andExpect(header().string("Location", path))
			.andExpect(flash().attribute("problem", "application.rule.pendingExists"));
	}

	@Test
	void everySmeRouteAnswersNotFoundForAnotherSmesApplication() throws Exception {
		TestSme owner = TestSme.eligibleFor(jdbc, "HYUNDAI");
		TestSme other = TestSme.eligibleFor(jdbc, "HYUNDAI");
		MvcResult drafted = mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "300,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "계획")
			.with(csrf())
			.with(owner.principal())).andReturn();
		String path = drafted.getResponse().getRedirectedUrl();
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("files", "a.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(owner.principal()));
		long documentId = count("select max(d.id) from application_document d join guarantee_application a "
				+ "on a.id = d.application_id where a.organisation_id = ?", owner.organisationId());

		mvc.perform(get(path).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/edit").with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/documents/" + documentId).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path).param("amount", "1").with(csrf()).with(other.principal()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("files", "b.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/documents/" + documentId + "/delete").with(csrf()).with(other.principal()))
			.andExpect(status().isNotFound());
		mvc.perform(post(path + "/submit").with(csrf()).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/withdraw").with(csrf()).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/answer").param("answer", "x").with(csrf()).with(other.principal()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/applications/not-a-number").with(other.principal())).andExpect(status().isNotFound());

		mvc.perform(get(path + "/documents/" + documentId).with(owner.principal()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(count("select count(*) from guarantee_application where organisation_id = ? and status = 'DRAFT'",
				owner.organisationId())).isEqualTo(1);
	}

	@Test
	void anAnswerToTheAgencyNeedsTextAndTheSmeSeesItsNotifications() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "300,000,000")
			.param("purpose", "EXPORT")
			.param("termMonths", "24")
			.param("bankCode", "KB")
			.param("businessPlan", "수출 물량 확대")
			.with(csrf())
			.with(sme.principal())).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("files", "a.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(sme.principal()));
		fillChecklist(path, sme);
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()));
		ApplicationId id = new ApplicationId(
				Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
		applications.assign(id, TestSmes.version(applications, id), "kodit.reviewer", Actor.person("kodit.reviewer", Role.AGENCY_REVIEWER));
		applications.requestInformation(id, TestSmes.version(applications, id), "납품 계약서를 올려 주세요.", Actor.person("kodit.reviewer", Role.AGENCY_REVIEWER));

		mvc.perform(post(path + "/answer").param("answer", "  ").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("answerProblem", "application.answer.error.empty"));
		String dueOn = applications.details(id).orElseThrow().application().informationDueOn().toString();
		String receipt = applications.details(id).orElseThrow().application().receipt();
		mvc.perform(get(path).with(sme.principal()))
			.andExpect(content().string(allOf(containsString("납품 계약서를 올려 주세요."),
					containsString("보완 요청에 답변하기"), containsString("조치 필요"),
					containsString("보완 자료를 " + dueOn + "까지 제출해 주세요 (14일 남음)"))));
		mvc.perform(get("/applications").with(sme.principal()))
			.andExpect(content().string(allOf(containsString("조치 필요"), containsString(dueOn + "까지"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/notifications").with(sme.principal()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						containsString("보증기관이 신청서에 대한 보완 자료를 요청했습니다. " + dueOn + "까지 제출해 주세요."),
						containsString("신청서가 접수되어 접수번호가 부여되었습니다."),
						containsString("접수번호 " + receipt + " · 현대차·기아·우리·KB 상생금융")))));

		mvc.perform(multipart(path + "/answer").file(new MockMultipartFile("files", "contract.pdf", "application/pdf", PDF))
			.param("answer", "계약서를 첨부합니다.")
			.with(csrf())
			.with(sme.principal())).andExpect(flash().attribute("notice", "application.notice.answered"));
		assertThat(count("select count(*) from guarantee_application where id = ? and status = 'UNDER_REVIEW'",
				id.value())).isEqualTo(1);
	}

	@Test
	void theApprovedApplicationShowsItsGuaranteeWhyTheAmountIsLowerAndWhatTheBankPaidOut() throws Exception {
		ProgrammeCode programme = TestProgrammes.uniqueCode("MINE");
		administration.create(programme, TestProgrammes.draft(Won.of(1_000_000_000), Won.of(1_000_000_000)),
				Won.of(10_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		TestSme other = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = mvc.perform(post("/applications").param("programme", programme.value())
			.param("amount", "3억")
			.param("purpose", "FACILITIES")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "도장 설비 증설")
			.with(csrf())
			.with(sme.principal())).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("files", "a.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(sme.principal()));
		fillChecklist(path, sme);
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()));
		ApplicationId id = new ApplicationId(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
		RequestPostProcessor reviewer = user(accounts.loadUserByUsername("kodit.reviewer"));

		// Less than asked for, without saying why: refused next to the field, nothing approved.
		mvc.perform(post("/review/" + id.value() + "/approve").param("version", version(id))
			.param("amount", "2억")
			.param("ratio", "85")
			.param("feeRate", "0.875")
			.param("conditions", "분기마다 매출 실적을 보고할 것")
			.param("comment", "내부 메모: 담보 여력 낮음")
			.with(csrf())
			.with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"approval-explanation-error\""),
					containsString("신청 금액 3억 원보다 적게 승인하는 이유를 기업에 알려 주세요."))));
		assertThat(applications.details(id).orElseThrow().application().status().wasApproved()).isFalse();

		mvc.perform(post("/review/" + id.value() + "/approve").param("version", version(id))
			.param("amount", "2억")
			.param("ratio", "85")
			.param("feeRate", "0.875")
			.param("conditions", "분기마다 매출 실적을 보고할 것")
			.param("explanation", "최근 1년 매출 규모에 맞춰 2억 원으로 조정했습니다.")
			.param("comment", "내부 메모: 담보 여력 낮음")
			.with(csrf())
			.with(reviewer)).andExpect(flash().attribute("notice", "review.notice.approved"));
		String number = jdbc.sql("select guarantee_number from guarantee where application_id = ?")
			.param(id.value())
			.query(String.class)
			.single();

		// 2억 × 85 % = 1억 7,000만 원 guaranteed; × 0.875 % = 1,487,500원 a year, of which the SME pays half.
		Document approved = page(path, sme);
		String section = approved.select("#guarantee").text();
		assertThat(section).contains("보증 내용", number, "승인 금액 2억 원", "신청 금액 3억 원",
				"금액이 줄어든 이유 최근 1년 매출 규모에 맞춰 2억 원으로 조정했습니다.", "보증비율 85%", "보증금액 1억 7,000만 원",
				"보증료율 보증금액의 연 0.875%", "연간 보증료 148만 7,500원", "기업 부담 보증료 (연) 74만 3,750원",
				"나머지 연 74만 3,750원은 출연기관이 지원합니다.", "승인 조건 분기마다 매출 실적을 보고할 것", "우리은행",
				"은행이 아직 대출을 실행하지 않았습니다.");
		assertThat(approved.text()).as("the agency's own comment stays in the agency").doesNotContain("담보 여력");

		assertThat(approved.select(".guarantee-path").text()).contains("지금 귀사 차례입니다");
		assertThat(approved.select("a.agreement-link").attr("href")).isEqualTo(path + "/agreement");
		mvc.perform(get(path + "/certificate.pdf").with(sme.principal())).andExpect(status().isNotFound());

		// The agreement: its text with the application's figures; a name that is not the representative's is
		// refused next to the field, in Korean and in English, and nothing is recorded.
		Document agreement = page(path + "/agreement", sme);
		assertThat(agreement.select(".agreement-text").text()).contains(number, "김대표", "200,000,000원", "170,000,000원",
				"85%", "0.875%", "743,750원");
		assertThat(agreement.select(".fee-schedule tbody tr")).hasSize(3);
		Document wrongName = Jsoup.parse(mvc
			.perform(post(path + "/agreement").param("representativeName", "박대리").with(csrf()).with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(wrongName.select("#representativeName-error").text()).contains("기업 대표자의 이름이 아닙니다");
		assertThat(wrongName.select("#representativeName").attr("value")).isEqualTo("박대리");
		Document blankInEnglish = Jsoup.parse(mvc
			.perform(post(path + "/agreement").param("lang", "en")
				.param("representativeName", "  ")
				.with(csrf())
				.with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(blankInEnglish.select("#representativeName-error").text())
			.isEqualTo("Type the name of the company representative.");
		assertThat(count("select count(*) from guarantee_agreement where application_id = ?", id.value())).isZero();
		mvc.perform(post(path + "/fee-payment").param("confirmed", "yes").with(csrf()).with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("먼저 보증 약정을 체결하세요.")));

		mvc.perform(post(path + "/agreement").param("representativeName", " 김 대표 ").with(csrf()).with(sme.principal())
			.with(request -> {
				request.setRemoteAddr("::1");
				return request;
			})).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select client_address from guarantee_agreement where application_id = ?")
			.param(id.value())
			.query(String.class)
			.single()).isEqualTo("0:0:0:0:0:0:0:1");
		assertThat(count("select count(*) from audit_entry a join guarantee_agreement g on g.application_id = ? "
				+ "where a.subject = ? and a.action = ? and a.client_ip = g.client_address::inet", id.value(),
				"application:" + id.value(), "guarantee.agreement-accepted"))
			.as("the address the audit trail recorded")
			.isEqualTo(1);
		String hash = jdbc.sql("select text_sha256 from guarantee_agreement where application_id = ?")
			.param(id.value())
			.query(String.class)
			.single();
		assertThat(count("select count(*) from audit_entry where subject = ? and action = ? and details::text like ?",
				"application:" + id.value(), "guarantee.agreement-accepted", "%" + hash + "%")).isEqualTo(1);
		mvc.perform(post(path + "/fee-payment").with(csrf()).with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirmed-error\"")));
		assertThat(loans.ofApplication(id).orElseThrow().hasCertificate()).isFalse();
		mvc.perform(post(path + "/fee-payment").param("confirmed", "yes").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("notice", "guarantee.agreement.notice.paid"));
		assertThat(count("select fee_won from guarantee_agreement where application_id = ?", id.value()))
			.isEqualTo(743_750);
		assertThat(loans.ofApplication(id).orElseThrow().hasCertificate()).isTrue();
		assertThat(page(path, sme).select(".guarantee-path").text()).contains("지금 은행 차례입니다");
		mvc.perform(get(path + "/certificate.pdf").with(sme.principal())).andExpect(status().isOk());

		LocalDate today = SeoulTime.today(clock);
		loans.acknowledgeCertificate(new BankCode("WOORI"), id, Actor.person("woori.officer", Role.BANK_OFFICER));
		loans.pay(new BankCode("WOORI"), id, Won.of(50_000_000), today, "WR-TEST-1",
				Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		loans.pay(new BankCode("WOORI"), id, Won.of(30_000_000), today, "WR-TEST-2",
				Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		String paid = page(path, sme).select("#guarantee .guarantee-payouts").text();
		assertThat(paid).contains("승인 금액 2억 원 중 8,000만 원이 실행되었고 1억 2,000만 원이 남았습니다.",
				today + " 5,000만 원", today + " 3,000만 원", "실행 합계 8,000만 원").doesNotContain("WR-TEST");

		String english = page(path + "?lang=en", sme).select("#guarantee").text();
		assertThat(english).contains("Your guarantee", number, "Guaranteed amount ₩170 million (₩170,000,000)",
				"Guarantee fee per year ₩1.488 million (₩1,487,500)", "Your share of the fee, per year ₩743,750",
				"₩80 million of the ₩200 million approved has been paid out; ₩120 million remains.");

		mvc.perform(get(path).with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/agreement").with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/fee-payment").param("confirmed", "yes").with(csrf()).with(other.principal()))
			.andExpect(status().isNotFound());
	}

	private Document page(String path, TestSme sme) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String version(ApplicationId id) {
		return Long.toString(TestSmes.version(applications, id));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "ministry", "kodit.reviewer", "kodit.approver", "woori.officer" })
	void staffCannotUseSmeForms(String username) throws Exception {
		RequestPostProcessor staff = user(accounts.loadUserByUsername(username));
		mvc.perform(get("/applications").with(staff)).andExpect(status().isForbidden());
		mvc.perform(get("/applications/new").param("programme", "HMG-KB-WOORI").with(staff))
			.andExpect(status().isForbidden());
		mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI").with(csrf()).with(staff))
			.andExpect(status().isForbidden());
	}

	/**
	 * Uploads a document, issued today, to each slot the seeded agreements require.
	 */
	private void fillChecklist(String path, TestSme sme) throws Exception {
		for (String type : List.of("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID", "LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS")) {
			mvc.perform(multipart(path + "/documents/slots/" + type)
				.file(new MockMultipartFile("file", type + ".pdf", "application/pdf", PDF))
				.param("issuedOn", SeoulTime.today(clock).toString())
				.with(csrf())
				.with(sme.principal())).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		}
	}

	private long count(String sql, Object... arguments) {
		Long value = jdbc.sql(sql).params(arguments).query(Long.class).single();
		return value == null ? 0 : value;
	}

	/**
	 * A fresh SME with a complete company profile, on a funder's partner list as tier 1 when {@code funder} is
	 * given.
	 */
	record TestSme(long organisationId, String businessNumber) {

		static TestSme eligibleFor(JdbcClient jdbc, String funder) {
			String number = kr.sangsaeng.applications.TestSmes.validBusinessNumber();
			long organisationId = kr.sangsaeng.applications.TestSmes.registerCompany(jdbc, number);
			if (funder != null) {
				kr.sangsaeng.applications.TestSmes.addPartner(jdbc, funder, number, 1);
			}
			return new TestSme(organisationId, number);
		}

		RequestPostProcessor principal() {
			return user(new SignedInUser(organisationId, "owner-" + businessNumber + "@example.kr", "", "대표자",
					Role.SME_APPLICANT, new OrganisationRef(organisationId, OrganisationKind.SME, businessNumber,
							new LocalizedName("시험기업 " + businessNumber, "Test company " + businessNumber)),
					true));
		}

	}

}

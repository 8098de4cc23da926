package kr.sangsaeng.applications.web;

import java.time.Clock;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.web.SmeApplicationPagesTests.TestSme;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The receipt (접수증) an SME lands on once its application is received: its number, programme, amount and moment,
 * in Korean and English, for the SME alone, as often as it comes back to it.
 */
@SangsaengTest
class ApplicationReceiptPageTests {

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
	ProgrammeCatalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void aSubmissionLandsOnItsReceiptWhichAReloadOrASecondPressShowsAgainInKoreanAndEnglish() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = readyToSubmit(sme, "HMG-KB-WOORI", "300,000,000");

		MvcResult submitted = mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"))
			.andReturn();
		assertThat(submitted.getFlashMap().isEmpty()).as("the receipt needs nothing carried to it").isTrue();
		ApplicationView application = applications.details(idOf(path)).orElseThrow().application();
		assertThat(application.receiptNumber()).isNotNull();
		LocalizedName programme = catalogue.namesOf(List.of("HMG-KB-WOORI")).get("HMG-KB-WOORI");

		Document korean = page(path + "/receipt", sme);
		assertThat(korean.select("h1").text()).isEqualTo("신청이 접수되었습니다");
		assertThat(korean.select(".receipt-notice").text())
			.isEqualTo("접수번호는 " + application.receipt() + "입니다. 접수번호 순서대로 심사합니다.");
		assertThat(korean.select(".receipt-number").text()).isEqualTo(application.receipt());
		assertThat(korean.select(".receipt-programme").text()).isEqualTo(programme.korean())
			.startsWith("현대차·기아·우리·KB 상생금융");
		assertThat(korean.select(".receipt-agreement").text()).isEqualTo("신용보증기금 협약");
		assertThat(korean.select(".receipt-amount").text()).isEqualTo("3억 원 (300,000,000원)");
		assertThat(korean.select(".receipt-accepted-at").text())
			.isEqualTo(new SeoulTime().format(application.submittedAt()));
		assertThat(korean.select(".page-heading .application-status").text()).isEqualTo("접수");
		assertThat(korean.select(".next-step").text()).contains("접수번호 순서대로 보증기관 심사 대기 목록에 올라 있습니다");
		assertThat(korean.select("main a[href=" + path + "]").text()).isEqualTo("신청서 보기");
		assertThat(korean.select("main a[href=/applications]").text()).isEqualTo("내 신청 목록");

		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));
		assertThat(page(path + "/receipt", sme).select(".receipt-number").text()).as("the same receipt, pressed twice")
			.isEqualTo(application.receipt());

		Document english = page(path + "/receipt?lang=en", sme);
		assertThat(english.select("h1").text()).isEqualTo("Your application has been received");
		assertThat(english.select(".receipt-notice").text()).contains(application.receipt());
		assertThat(english.select(".receipt-programme").text()).isEqualTo(programme.english());
		assertThat(english.select(".receipt-agreement").text()).startsWith("Agreement of ");
		assertThat(english.select(".receipt-amount").text()).endsWith("(₩300,000,000)");
		assertThat(english.select("main a[href=" + path + "]").text()).isEqualTo("View the application");
		assertThat(english.select("main a[href=/applications]").text()).isEqualTo("My applications");
	}

	@Test
	void theReceiptOfAProgrammeWithOneAgreementLeavesTheAgencyUnsaid() throws Exception {
		ProgrammeCode programme = TestProgrammes.uniqueCode("RCPT");
		administration.create(programme, TestProgrammes.draft(Won.of(1_000_000_000), Won.of(1_000_000_000)),
				Won.of(10_000_000_000L), "admin");
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = readyToSubmit(sme, programme.value(), "2억");
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));

		Document receipt = page(path + "/receipt", sme);
		assertThat(receipt.select(".receipt-amount").text()).startsWith("2억 원");
		assertThat(receipt.select(".receipt-agreement")).isEmpty();
	}

	@Test
	void aDraftHasNoReceiptAndItsAddressLeadsToTheApplication() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = readyToSubmit(sme, "HMG-KB-WOORI", "300,000,000");

		mvc.perform(get(path + "/receipt").with(sme.principal())).andExpect(redirectedUrl(path));
		mvc.perform(post(path + "/withdraw").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("notice", "application.notice.withdrawn"));
		mvc.perform(get(path + "/receipt").with(sme.principal())).andExpect(redirectedUrl(path));
	}

	@Test
	void aReceivedApplicationWithdrawnSinceKeepsItsReceiptAndSaysItMovedOn() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = readyToSubmit(sme, "HMG-KB-WOORI", "300,000,000");
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()));
		mvc.perform(post(path + "/withdraw").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("notice", "application.notice.withdrawn"));

		Document receipt = page(path + "/receipt", sme);
		assertThat(receipt.select(".receipt-number").text())
			.isEqualTo(applications.details(idOf(path)).orElseThrow().application().receipt());
		assertThat(receipt.select(".page-heading .application-status").text()).isEqualTo("신청 철회");
		assertThat(receipt.select(".next-step").text()).contains("신청서에서 확인하세요")
			.doesNotContain("심사 대기 목록에 올라 있습니다");
	}

	@Test
	void onlyTheSmeThatAppliedSeesItsReceipt() throws Exception {
		TestSme owner = TestSme.eligibleFor(jdbc, "HYUNDAI");
		TestSme other = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = readyToSubmit(owner, "HMG-KB-WOORI", "300,000,000");
		mvc.perform(post(path + "/submit").with(csrf()).with(owner.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));

		mvc.perform(get(path + "/receipt").with(other.principal())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/receipt").with(user(accounts.loadUserByUsername("kodit.reviewer"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/applications/999999999/receipt").with(owner.principal())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/receipt").with(owner.principal())).andExpect(status().isOk());
	}

	private Document page(String address, TestSme sme) throws Exception {
		return Jsoup.parse(mvc.perform(get(address).with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** A draft with every document its checklist asks for, at the address of its page. */
	private String readyToSubmit(TestSme sme, String programme, String amount) throws Exception {
		String path = mvc.perform(post("/applications").param("programme", programme)
			.param("amount", amount)
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "부품 증산을 위한 원자재 구입")
			.with(csrf())
			.with(sme.principal())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		for (String type : List.of("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID", "LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS")) {
			mvc.perform(multipart(path + "/documents/slots/" + type)
				.file(new MockMultipartFile("file", type + ".pdf", "application/pdf", SmeApplicationPagesTests.PDF))
				.param("issuedOn", SeoulTime.today(clock).toString())
				.with(csrf())
				.with(sme.principal())).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		}
		return path;
	}

	private static ApplicationId idOf(String path) {
		return new ApplicationId(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
	}

}

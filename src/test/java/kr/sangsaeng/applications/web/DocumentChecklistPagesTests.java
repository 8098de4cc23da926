package kr.sangsaeng.applications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.DocumentShortfall;
import kr.sangsaeng.applications.web.SmeApplicationPagesTests.TestSme;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SME uploads each document its agreement asks for against its slot, with the day it was issued, and may submit
 * only once every required document is there and recent enough.
 */
@SangsaengTest
class DocumentChecklistPagesTests {

	static final byte[] PDF = SmeApplicationPagesTests.PDF;

	static final List<String> REQUIRED = List.of("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID", "LOCAL_TAX_PAID",
			"FINANCIAL_STATEMENTS");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theApplicationPageShowsTheAgreementsChecklistWithEachSlotsRule() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(sme);

		mvc.perform(get(path).with(sme.principal()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("사업자등록증"), containsString("국세 납세증명서"),
					containsString("30일 이내 발급"), containsString("주주명부"), containsString("추천서"),
					containsString(path + "/documents/slots/NATIONAL_TAX_PAID"))));
	}

	@Test
	void aSubmissionIsRefusedWithTheListOfWhatIsMissingUntilEveryRequiredDocumentIsThere() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(sme);
		LocalDate today = SeoulTime.today(clock);
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("files", "사업계획서.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(sme.principal())).andExpect(status().is3xxRedirection());

		MvcResult refused = mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("problem", "application.rule.documentsIncomplete"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<DocumentShortfall> shortfalls = (List<DocumentShortfall>) refused.getFlashMap().get("documentShortfalls");
		assertThat(shortfalls).extracting(DocumentShortfall::documentType).containsExactlyElementsOf(REQUIRED);
		assertThat(shortfalls).extracting(DocumentShortfall::problem).containsOnly(DocumentShortfall.Problem.MISSING);

		for (String type : REQUIRED.subList(0, 3)) {
			upload(sme, path, type, today.minusDays(3)).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		}
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("problem", "application.rule.documentsIncomplete"))
			.andExpect(flash().attribute("documentShortfalls",
					List.of(new DocumentShortfall("FINANCIAL_STATEMENTS", DocumentShortfall.Problem.MISSING, null))));
		String page = mvc.perform(get(path).with(sme.principal())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("발급일 " + today.minusDays(3), "미제출");

		upload(sme, path, "FINANCIAL_STATEMENTS", null).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "/receipt"));
		assertThat(jdbc.sql("select status from guarantee_application where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
	}

	@Test
	void anIssueDateInTheFutureOrOlderThanTheSlotAllowsIsRefusedNextToTheDate() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(sme);
		LocalDate today = SeoulTime.today(clock);

		assertSlotProblem(upload(sme, path, "NATIONAL_TAX_PAID", today.plusDays(1)).andReturn(), "issuedOn",
				"application.document.error.issuedInFuture");
		assertSlotProblem(upload(sme, path, "NATIONAL_TAX_PAID", today.minusDays(31)).andReturn(), "issuedOn",
				"application.document.error.tooOld");
		assertSlotProblem(upload(sme, path, "NATIONAL_TAX_PAID", null).andReturn(), "issuedOn",
				"application.document.error.issuedOnRequired");
		assertSlotProblem(upload(sme, path, "NO_SUCH_TYPE", today).andReturn(), "documentType",
				"application.document.error.slot");
		assertSlotProblem(upload(sme, path, "RECOMMENDATION_LETTER", today).andReturn(), "documentType",
				"application.document.error.slot");
		assertSlotProblem(mvc.perform(multipart(path + "/documents/slots/FINANCIAL_STATEMENTS")
			.file(new MockMultipartFile("file", "renamed.pdf", "application/pdf", "GIF89a not a pdf".getBytes()))
			.with(csrf())
			.with(sme.principal())).andReturn(), "file", "application.document.error.type");
		assertThat(jdbc.sql("select count(*) from application_document d join guarantee_application g "
				+ "on g.id = d.application_id where g.organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(Long.class)
			.single()).isZero();

		upload(sme, path, "NATIONAL_TAX_PAID", today.minusDays(30)).andExpect(flash().attribute("notice",
				"application.notice.uploaded"));
		upload(sme, path, "NATIONAL_TAX_PAID", today).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		assertThat(jdbc.sql("select issued_on from application_document d join guarantee_application g "
				+ "on g.id = d.application_id where g.organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(LocalDate.class)
			.list()).as("a replaced document leaves its slot").containsExactly(today);
	}

	@Test
	void aDocumentThatAgedPastItsSlotsRuleStopsTheSubmissionAsStale() throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(sme);
		LocalDate today = SeoulTime.today(clock);
		for (String type : REQUIRED) {
			upload(sme, path, type, today);
		}
		jdbc.sql("update application_document set issued_on = :issued where document_type = 'LOCAL_TAX_PAID' "
				+ "and application_id = :application")
			.param("issued", today.minusDays(31))
			.param("application", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
			.update();

		mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(flash().attribute("documentShortfalls",
					List.of(new DocumentShortfall("LOCAL_TAX_PAID", DocumentShortfall.Problem.STALE, 30))));
		mvc.perform(get(path).with(sme.principal()))
			.andExpect(content().string(containsString("발급일이 오래되었습니다")));
	}

	@Test
	void anSmeWhoPressesSubmitSeesWhichDocumentIsMissingAndWhichIsTooOldInKoreanAndEnglishAndStaysADraft()
			throws Exception {
		TestSme sme = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(sme);
		LocalDate today = SeoulTime.today(clock);
		for (String type : REQUIRED.subList(0, 3)) {
			upload(sme, path, type, today).andExpect(flash().attribute("notice", "application.notice.uploaded"));
		}
		LocalDate issued = today.minusDays(45);
		jdbc.sql("update application_document set issued_on = :issued where document_type = 'LOCAL_TAX_PAID' "
				+ "and application_id = :application")
			.param("issued", issued)
			.param("application", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
			.update();

		// the page the refusal redirects to, in the session that carries its flash
		Cookie session = mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "#documents"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Document korean = Jsoup.parse(mvc.perform(get(path).cookie(session).with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(korean.select(".document-shortfalls li").eachText()).containsExactly(
				"지방세 납세증명서: " + issued + "에 발급된 서류입니다. 30일 이내에 발급된 서류여야 하니 새로 발급받아 올려 주세요.",
				"재무제표: 필수 서류이나 아직 올리지 않았습니다.");
		assertThat(korean.select("#slot-LOCAL_TAX_PAID").text()).contains("발급일 " + issued,
				"30일 이내 발급 (" + today.minusDays(30) + " 이후)", "발급일이 오래되었습니다");
		assertThat(korean.select("#slot-FINANCIAL_STATEMENTS").text()).contains("미제출");
		assertThat(korean.select(".page-heading .application-status").text()).isEqualTo("작성 중");

		Cookie again = mvc.perform(post(path + "/submit").with(csrf()).with(sme.principal()))
			.andExpect(redirectedUrl(path + "#documents"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Document english = Jsoup.parse(mvc.perform(get(path).param("lang", "en").cookie(again).with(sme.principal()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select(".document-shortfalls li").eachText()).containsExactly(
				"Local tax payment certificate: issued on " + issued
						+ ", but it must have been issued within 30 days; upload a newer one.",
				"Financial statements: required, not uploaded yet.");
		assertThat(english.select("#slot-LOCAL_TAX_PAID").text()).contains("Issued on " + issued,
				"Issued within 30 days (on or after " + today.minusDays(30) + ")", "Issued too long ago");
		assertThat(english.select("#slot-FINANCIAL_STATEMENTS").text()).contains("Not uploaded");
		assertThat(jdbc.sql("select status from guarantee_application where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(String.class)
			.single()).isEqualTo("DRAFT");
	}

	@Test
	void anotherSmesApplicationIsNotFoundForUploads() throws Exception {
		TestSme owner = TestSme.eligibleFor(jdbc, "HYUNDAI");
		TestSme other = TestSme.eligibleFor(jdbc, "HYUNDAI");
		String path = draft(owner);

		mvc.perform(multipart(path + "/documents/slots/BUSINESS_REGISTRATION")
			.file(new MockMultipartFile("file", "사업자등록증.pdf", "application/pdf", PDF))
			.param("issuedOn", SeoulTime.today(clock).toString())
			.with(csrf())
			.with(other.principal())).andExpect(status().isNotFound());
	}

	private void assertSlotProblem(MvcResult result, String field, String key) {
		@SuppressWarnings("unchecked")
		Map<String, Object> problem = (Map<String, Object>) result.getFlashMap().get("slotProblem");
		assertThat(problem).containsEntry("field", field).containsEntry("key", key);
	}

	private ResultActions upload(TestSme sme, String path, String type,
			LocalDate issuedOn) throws Exception {
		return mvc.perform(multipart(path + "/documents/slots/" + type)
			.file(new MockMultipartFile("file", type + ".pdf", "application/pdf", PDF))
			.param("issuedOn", issuedOn == null ? "" : issuedOn.toString())
			.with(csrf())
			.with(sme.principal()));
	}

	private String draft(TestSme sme) throws Exception {
		return mvc.perform(post("/applications").param("programme", "HMG-KB-WOORI")
			.param("amount", "300,000,000")
			.param("purpose", "WORKING_CAPITAL")
			.param("termMonths", "36")
			.param("bankCode", "WOORI")
			.param("businessPlan", "부품 증산을 위한 원자재 구입")
			.with(csrf())
			.with(sme.principal())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

}

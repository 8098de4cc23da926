package kr.sangsaeng.review;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.DocumentShortfall;
import kr.sangsaeng.applications.DocumentsIncompleteException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reviewer ticks each document accepted or asks again for just the ones that fail; the SME replaces only
 * those, and what was accepted stays.
 */
@SangsaengTest
class DocumentReviewPagesTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aReviewerAcceptsOneDocumentAndAsksAgainForAnotherWhichTheSmeAloneReplaces() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = TestSmes.submitted(applications, sme);
		long registration = document(id, "BUSINESS_REGISTRATION");
		long nationalTax = document(id, "NATIONAL_TAX_PAID");

		mvc.perform(get("/review/" + id.value()).with(as("ksure.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("사업자등록증"), containsString("국세 납세증명서"),
					containsString("/review/" + id.value() + "/documents/" + registration + "/accept"),
					containsString("선택한 서류 다시 요청"))));
		mvc.perform(post("/review/" + id.value() + "/documents/" + registration + "/accept").with(csrf())
			.with(as("ksure.reviewer"))).andExpect(flash().attribute("notice", "review.notice.documentAccepted"));
		mvc.perform(post("/review/" + id.value() + "/documents/ask-again").param("version", version(id))
			.param("asked", Long.toString(nationalTax))
			.param("reason-" + nationalTax, "발급일이 보이지 않게 잘렸습니다.")
			.with(csrf())
			.with(as("ksure.reviewer"))).andExpect(flash().attribute("notice", "review.notice.documentsAskedAgain"));

		assertThat(statusOf(id)).isEqualTo("INFO_REQUESTED");
		assertThat(reviewState(registration)).isEqualTo("ACCEPTED");
		assertThat(reviewState(nationalTax)).isEqualTo("ASKED_AGAIN");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject "
				+ "and action = 'application.document-reviewed'")
			.param("subject", "application:" + id.value())
			.query(Long.class)
			.single()).isEqualTo(2L);

		assertThatThrownBy(() -> applications.answer(sme, id, "다시 올렸습니다."))
			.isInstanceOfSatisfying(DocumentsIncompleteException.class,
					refused -> assertThat(refused.shortfalls()).extracting(DocumentShortfall::documentType)
						.containsExactly("NATIONAL_TAX_PAID"));
		assertThatThrownBy(() -> applications.addDocument(sme, id, pdf(), "BUSINESS_REGISTRATION",
				SeoulTime.today(clock)))
			.isInstanceOfSatisfying(ApplicationRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("application.document.error.notAskedAgain"));

		applications.addDocument(sme, id, pdf(), "NATIONAL_TAX_PAID", SeoulTime.today(clock));
		applications.answer(sme, id, "다시 올렸습니다.");

		assertThat(statusOf(id)).isEqualTo(ApplicationStatus.UNDER_REVIEW.name());
		assertThat(reviewState(registration)).as("the accepted document stays accepted").isEqualTo("ACCEPTED");
		assertThat(reviewState(document(id, "NATIONAL_TAX_PAID"))).isEqualTo("PENDING");
	}

	@Test
	void theSmeSeesWhichDocumentsToReplaceAndWhy() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = TestSmes.submitted(applications, sme);
		long localTax = document(id, "LOCAL_TAX_PAID");
		mvc.perform(post("/review/" + id.value() + "/documents/ask-again").param("version", version(id))
			.param("asked", Long.toString(localTax))
			.param("reason-" + localTax, "체납 여부가 확인되지 않습니다.")
			.with(csrf())
			.with(as("ksure.reviewer")));

		String page = mvc.perform(get("/applications/" + id.value()).with(user(owner(sme))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("기관이 이 서류를 다시 요청했습니다: 체납 여부가 확인되지 않습니다.",
				"/applications/" + id.value() + "/documents/slots/LOCAL_TAX_PAID")
			.doesNotContain("/applications/" + id.value() + "/documents/slots/BUSINESS_REGISTRATION");
	}

	@Test
	void askingAgainWithoutAReasonChangesNothing() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = TestSmes.submitted(applications, sme);
		long localTax = document(id, "LOCAL_TAX_PAID");

		mvc.perform(post("/review/" + id.value() + "/documents/ask-again").param("version", version(id))
			.param("asked", Long.toString(localTax))
			.param("reason-" + localTax, "  ")
			.with(csrf())
			.with(as("ksure.reviewer"))).andExpect(flash().attribute("documentReviewProblem", "application.document.error.reason"));
		mvc.perform(post("/review/" + id.value() + "/documents/ask-again").param("version", version(id))
			.with(csrf())
			.with(as("ksure.reviewer"))).andExpect(flash().attribute("documentReviewProblem",
					"application.document.error.noneAskedAgain"));

		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		assertThat(reviewState(localTax)).isEqualTo("PENDING");
	}

	@Test
	void aReviewerOfAnotherAgencyFindsNoDocumentToDecideOn() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = TestSmes.submitted(applications, sme);
		long registration = document(id, "BUSINESS_REGISTRATION");

		mvc.perform(post("/review/" + id.value() + "/documents/" + registration + "/accept").with(csrf())
			.with(as("kodit.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(post("/review/" + id.value() + "/documents/ask-again").param("version", version(id))
			.param("asked", Long.toString(registration))
			.param("reason-" + registration, "사유")
			.with(csrf())
			.with(as("kodit.reviewer"))).andExpect(status().isNotFound());
		assertThat(reviewState(registration)).isEqualTo("PENDING");
	}

	private long document(ApplicationId id, String type) {
		return jdbc.sql("select id from application_document where application_id = :application "
				+ "and document_type = :type")
			.param("application", id.value())
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private String reviewState(long document) {
		return jdbc.sql("select review_state from application_document where id = :id")
			.param("id", document)
			.query(String.class)
			.single();
	}

	private String statusOf(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	private String version(ApplicationId id) {
		return Long.toString(TestSmes.version(applications, id));
	}

	private static UploadedDocument pdf() {
		return new UploadedDocument("국세납세증명서.pdf", "application/pdf", PDF);
	}

	private static SignedInUser owner(Applicant sme) {
		return new SignedInUser(sme.organisationId(), sme.username(), "", "대표자", Role.SME_APPLICANT,
				new OrganisationRef(sme.organisationId(), OrganisationKind.SME, sme.businessNumber(),
						new LocalizedName(sme.companyName(), sme.companyName())),
				true);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}

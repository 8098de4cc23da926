package kr.sangsaeng.review;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class GuaranteeCertificatePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCompanyTheAgencyAndTheLendingBankDownloadTheCertificateAndNobodyElse() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));
		Guarantee guarantee = decisions.approve(fixtures.staff("kodit.reviewer"), id, fixtures.version(id),
				new ApprovalTerms(Won.of(300_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인")
			.guarantee()
			.orElseThrow();
		long organisation = applications.details(id).orElseThrow().application().organisationId();
		String number = applications.details(id).orElseThrow().application().businessNumber();
		mvc.perform(get("/applications/" + id.value() + "/certificate.pdf").with(sme(organisation, number)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/disbursements/" + id.value() + "/certificate.pdf")
			.with(user(accounts.account("woori.officer").orElseThrow())))
			.andExpect(status().isNotFound());
		deliveries.issueCertificate(id);

		byte[] pdf = mvc.perform(get("/applications/" + id.value() + "/certificate.pdf").with(sme(organisation, number)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(guarantee.number() + ".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
			.as("the certificate names the approver, not their login")
			.contains("박심사")
			.doesNotContain("kodit.reviewer");
		mvc.perform(get("/applications/" + id.value()).with(sme(organisation, number)))
			.andExpect(content().string(allOf(containsString("보증서 내려받기 (PDF)"),
					containsString("/applications/" + id.value() + "/certificate.pdf"))));
		mvc.perform(get("/review/" + id.value() + "/certificate.pdf").with(as("kodit.approver")))
			.andExpect(status().isOk());
		mvc.perform(get("/disbursements/" + id.value() + "/certificate.pdf").with(as("woori.officer")))
			.andExpect(status().isOk());

		mvc.perform(get("/applications/" + id.value() + "/certificate.pdf").with(as("sme.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id.value() + "/certificate.pdf").with(as("ksure.reviewer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/disbursements/" + id.value() + "/certificate.pdf").with(as("ibk.officer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id.value() + "/certificate.pdf").with(as("woori.officer")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thereIsNoCertificateBeforeApproval() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(1_000_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(300_000_000));

		mvc.perform(get("/review/" + id.value() + "/certificate.pdf").with(as("kodit.reviewer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApproverInboxListsRecommendationsOfTheirAgency() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(administration, applications, accounts, jdbc);
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(100_000_000));
		ApplicationId id = fixtures.submitted(programme, Won.of(700_000_000));
		decisions.approve(fixtures.staff("kodit.reviewer"), id, fixtures.version(id),
				new ApprovalTerms(Won.of(650_000_000), Percentage.of("100"), Percentage.of("1"), null),
				"담보 여력에 맞춰 조정했습니다.", "추천");
		String receipt = applications.details(id).orElseThrow().application().receipt();

		mvc.perform(get("/review/approvals").with(as("kodit.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("결재함"), containsString(receipt),
					containsString("6억 5,000만 원"), containsString("박심사"),
					org.hamcrest.Matchers.not(containsString("kodit.reviewer")))));
		mvc.perform(get("/review/approvals").with(as("ksure.approver")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(receipt))));
		mvc.perform(get("/review/approvals").with(as("kodit.reviewer"))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static RequestPostProcessor sme(long organisation, String number) {
		return user(new SignedInUser(-organisation, "owner-" + number + "@example.kr", "unused", "대표",
				Role.SME_APPLICANT, new OrganisationRef(organisation, OrganisationKind.SME, number,
						new LocalizedName("시험기업 " + number, "시험기업 " + number)),
				true));
	}

}

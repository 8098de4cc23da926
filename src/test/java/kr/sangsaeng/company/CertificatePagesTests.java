package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of the certificate path as people see them: an SME whose number no partner list gives a contact for
 * uploads its certificate (a file that is not one is refused next to the field), an agency officer finds it in the
 * queue, looks at it next to what the company declared, refuses it with a reason the company reads or confirms it.
 */
@SangsaengTest
class CertificatePagesTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anSmeWithoutAListedContactIsToldToUploadItsCertificateAndAFileThatIsNotOneIsRefusedNextToTheField()
			throws Exception {
		SignedInUser sme = signUp("refused");

		Document page = page(get("/company/verification"), sme);
		assertThat(page.selectFirst(".ownership-ways").text()).contains("코드를 보낼 수 없습니다", "사업자등록증");
		assertThat(page.select(".ownership-code-card")).isEmpty();
		assertThat(page.selectFirst("form[action=/company/verification/certificate]").attr("enctype"))
			.isEqualTo("multipart/form-data");

		Document refused = page(upload(new MockMultipartFile("certificate", "사업자등록증.pdf", "application/pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), sme);
		assertFieldError(refused, "certificate", "사업자등록증.pdf: PDF, JPG, PNG 서류만 받을 수 있습니다.");
		Document none = page(upload(new MockMultipartFile("certificate", "", "application/octet-stream", new byte[0]))
			.param("lang", "en"), sme);
		assertFieldError(none, "certificate", "Choose the file of your business registration certificate.");
		Document renamed = page(upload(new MockMultipartFile("certificate", "certificate.png", "image/png",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).param("lang", "en"), sme);
		assertThat(renamed.selectFirst("#certificate-error").text()).contains("certificate.png", "not what its name says");
		assertThat(certificatesOf(sme)).isZero();
	}

	@Test
	void anOfficerRefusesWithAReasonTheSmeReadsAndConfirmsTheNextUploadWhichVerifiesTheCompany() throws Exception {
		SignedInUser sme = signUp("proved");
		SignedInUser reviewer = accounts.account("kodit.reviewer").orElseThrow();
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(sme.organisation().code());

		MvcResult uploaded = mvc.perform(upload(new MockMultipartFile("certificate", "scan.png", "image/png", PNG))
			.with(csrf())
			.with(user(sme))).andExpect(redirectedUrl("/company/verification")).andReturn();
		Document pending = after(uploaded, sme);
		assertThat(pending.selectFirst(".alert-success").text()).contains("사업자등록증을 올렸습니다");
		assertThat(pending.selectFirst(".certificate-latest").text()).contains("확인하기를 기다리고 있습니다");
		long id = latestCertificate(sme);
		mvc.perform(get("/company/verification/certificate/" + id).with(user(sme)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")));
		mvc.perform(get("/company/verification/certificate/" + id).with(user(signUp("nosy"))))
			.andExpect(status().isNotFound());

		Document queue = page(get("/agency/registration-certificates"), reviewer);
		Element row = queue.select("table.certificate-queue tbody tr")
			.stream()
			.filter(tr -> tr.text().contains(number.formatted()))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("(주)인증기공", "오늘");
		assertThat(queue.selectFirst(".certificate-badge").text()).matches("[1-9][0-9]*");
		assertThat(queue.selectFirst("a[href=/agency/registration-certificates]")).isNotNull();

		Document check = page(get("/agency/registration-certificates/" + id), reviewer);
		assertThat(check.selectFirst(".certificate-declared").text()).contains(number.formatted(), "(주)인증기공",
				"김인증", "아직 인증되지 않음", "없음");
		assertThat(check.selectFirst("img.certificate-image").attr("src"))
			.isEqualTo("/agency/registration-certificates/" + id + "/file");
		mvc.perform(get("/agency/registration-certificates/" + id + "/file").param("download", "1").with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));

		Document noReason = page(post("/agency/registration-certificates/" + id + "/refuse").param("reason", "  "),
				reviewer);
		assertFieldError(noReason, "reason", "반려 사유를 적어 주세요. 기업이 이 사유를 읽습니다.");
		assertThat(latestStatus(sme)).isEqualTo("PENDING");

		MvcResult refused = mvc.perform(post("/agency/registration-certificates/" + id + "/refuse")
			.param("reason", "대표자 이름이 가려져 읽을 수 없습니다.")
			.with(csrf())
			.with(user(reviewer))).andExpect(redirectedUrl("/agency/registration-certificates")).andReturn();
		assertThat(noticeAfter(refused, reviewer)).isEqualTo("사업자등록증을 반려했습니다. 기업에 사유를 알렸습니다.");
		Document told = page(get("/company/verification"), sme);
		assertThat(told.selectFirst(".certificate-reason").text()).isEqualTo("대표자 이름이 가려져 읽을 수 없습니다.");
		assertThat(told.selectFirst(".certificate-latest").text()).contains("다시 올려 주세요");
		await().untilAsserted(() -> assertThat(page(get("/notifications"), sme).select("a.notification-item")
			.stream()
			.filter(item -> item.text().contains("사업자등록증을 확인해 드리지 못했습니다"))
			.map(item -> item.attr("href"))).containsExactly("/company/verification"));

		mvc.perform(upload(new MockMultipartFile("certificate", "clear.png", "image/png", PNG)).with(csrf()).with(user(sme)))
			.andExpect(redirectedUrl("/company/verification"));
		long second = latestCertificate(sme);
		SignedInUser approver = accounts.account("ksure.approver").orElseThrow();
		MvcResult confirmed = mvc.perform(post("/agency/registration-certificates/" + second + "/confirm").with(csrf())
			.with(user(approver))).andExpect(redirectedUrl("/agency/registration-certificates")).andReturn();
		assertThat(noticeAfter(confirmed, approver)).contains("사업자등록번호가 인증되었습니다");
		assertThat(profiles.ownership(sme.organisation().id())).isEqualTo(Ownership.VERIFIED);
		Document verified = page(get("/company/verification"), sme);
		assertThat(verified.selectFirst(".ownership-state").text()).contains("인증되었습니다");
		assertThat(verified.select("#certificate")).isEmpty();

		MvcResult late = mvc.perform(post("/agency/registration-certificates/" + second + "/confirm").with(csrf())
			.with(user(reviewer))).andExpect(redirectedUrl("/agency/registration-certificates/" + second)).andReturn();
		assertThat(noticeAfter(late, reviewer)).contains("다른 담당자가 먼저");
	}

	@Test
	void signUpTakesTheCertificateAlongOrRefusesABadOneNextToTheFieldAndSignsNobodyUp() throws Exception {
		String number = TestSmes.validBusinessNumber();
		Map<String, String> form = kr.sangsaeng.SampleData.signUpForm(number, "(주)가입인증", "박가입",
				"join-" + number + "@certificate.example", "blue harbour lantern 7");

		MockMultipartHttpServletRequestBuilder bad = multipart("/register")
			.file(new MockMultipartFile("certificate", "scan.jpg", "image/jpeg", new byte[0]))
			.with(csrf());
		form.forEach((name, value) -> bad.param(name, value));
		Document refused = Jsoup.parse(mvc.perform(bad).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertFieldError(refused, "certificate", "scan.jpg: 빈 파일입니다.");
		assertThat(jdbc.sql("select count(*) from organisation where code = :code").param("code", number)
			.query(Long.class).single()).isZero();

		MockMultipartHttpServletRequestBuilder good = multipart("/register")
			.file(new MockMultipartFile("certificate", "사업자등록증.png", "image/png", PNG))
			.with(csrf());
		form.forEach((name, value) -> good.param(name, value));
		mvc.perform(good).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select status from ownership_certificate where business_number = :number")
			.param("number", number)
			.query(String.class)
			.list()).containsExactly("PENDING");
	}

	/**
	 * The page a redirect leads to, as the browser shows it with the session that keeps the flash message.
	 */
	private Document after(MvcResult redirect, SignedInUser who) throws Exception {
		return Jsoup.parse(mvc.perform(get(redirect.getResponse().getRedirectedUrl())
			.cookie(redirect.getResponse().getCookie("SESSION"))
			.with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String noticeAfter(MvcResult redirect, SignedInUser who) throws Exception {
		Element notice = after(redirect, who).selectFirst(".alert[role=status]");
		return notice == null ? null : notice.text();
	}

	private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
		return multipart("/company/verification/certificate").file(file);
	}

	private Document page(AbstractMockHttpServletRequestBuilder<?> request, SignedInUser who) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(csrf()).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void assertFieldError(Document page, String field, String message) {
		Element input = page.selectFirst("#" + field);
		assertThat(input).as(field).isNotNull();
		assertThat(input.hasClass("is-invalid")).as(field + " marked invalid").isTrue();
		assertThat(input.attr("aria-describedby")).contains(field + "-error");
		assertThat(page.selectFirst("#" + field + "-error").text()).isEqualTo(message);
	}

	private long certificatesOf(SignedInUser sme) {
		return jdbc.sql("select count(*) from ownership_certificate where organisation_id = :organisation")
			.param("organisation", sme.organisation().id())
			.query(Long.class)
			.single();
	}

	private long latestCertificate(SignedInUser sme) {
		return jdbc.sql("select max(id) from ownership_certificate where organisation_id = :organisation")
			.param("organisation", sme.organisation().id())
			.query(Long.class)
			.single();
	}

	private String latestStatus(SignedInUser sme) {
		return jdbc.sql("select status from ownership_certificate where id = :id")
			.param("id", latestCertificate(sme))
			.query(String.class)
			.single();
	}

	private SignedInUser signUp(String who) {
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		CompanyDetails details = new CompanyDetails(new LocalizedName("(주)인증기공", "Injeung Machinery"), "김인증",
				IndustrySection.C, Region.BUSAN, 25, Won.of(3_000_000_000L), LocalDate.of(2016, 4, 1), "051-123-4567");
		return profiles.register(new CompanySignUp(number,
				(who + "-" + System.nanoTime() + "@certificate.example").toLowerCase(Locale.ROOT),
				"blue harbour lantern 7", details));
	}

}

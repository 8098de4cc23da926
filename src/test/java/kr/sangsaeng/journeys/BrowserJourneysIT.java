package kr.sangsaeng.journeys;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The win-win financing journeys in a real headless Chromium, typed and clicked as people do: an SME applies, the
 * guarantee agency reviews with four eyes, the bank pays out, the ministry watches, the administrator adjusts.
 * Every page visited is photographed at desktop and phone width and checked for accessibility.
 */
@SangsaengTest
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysIT {

	@LocalServerPort
	int port;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	JourneyFixtures fixtures;

	Browser browser;

	Path files;

	@BeforeAll
	void startBrowser() throws IOException {
		fixtures = new JourneyFixtures(administration, profiles, applications, decisions, accounts, jdbc);
		files = Files.createTempDirectory("sangsaeng-journey-files-");
		browser = Browser.start(port);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
		FileSystemUtils.deleteRecursively(files);
	}

	@AfterEach
	void everyPageVisitedWasAccessible() {
		assertThat(browser.accessibilityProblems())
			.as("serious or critical axe-core violations, unlabelled fields and untied errors on the pages visited")
			.isEmpty();
	}

	/**
	 * Journey a. The draft is filled in and saved with the keyboard alone.
	 */
	@Test
	void anSmeSignsUpChecksItMayApplyAndSubmitsAnApplicationWithADocument() throws IOException {
		browser.beginJourney("a-sme-applies");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(20_000_000_000L), Won.of(500_000_000));
		fixtures.requireSeededDocuments(programme);
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		String email = "cfo." + number.digits() + "@hanbit-journey.example";

		browser.open("/register", "sign-up");
		browser.type(By.id("businessRegistrationNumber"), withWrongCheckDigit(number));
		browser.type(By.id("companyName"), "(주)한결정밀");
		browser.type(By.id("representativeName"), "한결");
		browser.type(By.id("phone"), "031-555-0199");
		new Select(browser.visible(By.id("industry"))).selectByValue("C");
		new Select(browser.visible(By.id("region"))).selectByValue("GYEONGGI");
		browser.type(By.id("employees"), "28");
		browser.type(By.id("annualRevenue"), "4,800,000,000");
		browser.type(By.id("foundedOn"), "03152013");
		browser.type(By.id("email"), email);
		browser.type(By.id("password"), JourneyFixtures.PASSWORD);
		browser.type(By.id("passwordConfirm"), JourneyFixtures.PASSWORD);
		browser.clickThrough(By.cssSelector("form[action$='/register'] button[type=submit]"), "sign-up-refused");

		assertThat(errorNextTo("businessRegistrationNumber")).contains("검증번호 불일치");
		assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);

		browser.type(By.id("businessRegistrationNumber"), number.formatted());
		browser.type(By.id("password"), JourneyFixtures.PASSWORD);
		browser.type(By.id("passwordConfirm"), JourneyFixtures.PASSWORD);
		browser.clickThrough(By.cssSelector("form[action$='/register'] button[type=submit]"), "sme-home");
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.cssSelector("header .dropdown-toggle"))).isNotBlank();

		browser.open("/programmes/" + programme.value(), "programme-unverified");
		assertThat(browser.text(By.cssSelector(".eligibility-card h2"))).isEqualTo("먼저 사업자등록번호를 인증하세요");
		fixtures.verifyOwnership(number);

		browser.open("/programmes/" + programme.value(), "programme-eligible");
		assertThat(browser.text(By.cssSelector(".eligibility-card h2"))).isEqualTo("이 프로그램에 신청할 수 있습니다");
		assertThat(browser.all(By.cssSelector(".eligibility-checks li.failed"))).isEmpty();
		assertThat(browser.all(By.cssSelector(".eligibility-checks li.passed"))).hasSizeGreaterThanOrEqualTo(5);
		// The terms in figures, with what a loan of 1억 원 costs: 100 % guaranteed at 1 % a year, half paid by funders.
		assertThat(browser.text(By.cssSelector(".programme-terms .terms-figures"))).contains("보증비율", "100%",
				"보증금액의 연 1%", "출연기관이 보증료의 50%를 지원하여 기업은 50%(연 0.5%)만 부담합니다", "1개월 ~ 36개월", "우리은행");
		assertThat(browser.text(By.cssSelector(".programme-terms .worked-example"))).contains(
				"1억 원을 36개월 동안 빌리면 보증기관이 대출의 100%인 1억 원을 보증합니다.",
				"이 중 기업이 내는 금액은 연 50만 원이고, 나머지 50만 원은 출연기관이 냅니다.");
		browser.open("/programmes/" + programme.value() + "?lang=en", "programme-eligible-english");
		assertThat(browser.text(By.cssSelector(".programme-terms .worked-example"))).contains(
				"For a loan of ₩100 million over 36 months, the guarantee covers ₩100 million (100% of the loan).",
				"Of that fee you pay ₩500,000 a year, and the funders pay ₩500,000.");
		browser.open("/programmes/" + programme.value() + "?lang=ko", "programme-eligible");
		browser.clickThrough(By.linkText("지금 신청하기"), "application-form");

		// The draft, with the keyboard alone: the skip link first, then the fields in the order they are shown.
		browser.press(Keys.TAB);
		assertThat(browser.focused().getAttribute("class")).contains("skip-link");
		browser.press(Keys.ENTER);
		browser.tabTo("amount");
		browser.press("300000000");
		assertThat(browser.text(By.id("amount-words"))).contains("3억");
		assertThat(browser.tabTo("purpose1")).as("purpose follows amount").isEqualTo(1);
		browser.press(Keys.SPACE);
		assertThat(browser.tabTo("termMonths")).as("term follows purpose").isEqualTo(1);
		assertThat(browser.tabTo("bankCode")).as("bank follows term").isEqualTo(1);
		assertThat(browser.tabTo("businessPlan")).as("plan follows bank").isEqualTo(1);
		browser.press("정밀 가공 설비를 늘려 현대차 1차 협력사 납품 물량을 맞추고, 늘어난 매출로 상환합니다.");
		browser.press(Keys.TAB);
		assertThat(browser.focused().getText()).isEqualTo("임시 저장");
		browser.pressThrough(Keys.ENTER, "application-draft");

		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("임시 저장했습니다");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("작성 중");

		Path plan = Files.write(files.resolve("사업계획서-2026.pdf"), JourneyFixtures.PDF);
		browser.attach(By.id("files"), plan);
		browser.clickThrough(By.cssSelector("form[action$='/documents'] button[type=submit]"), "application-document-added");
		assertThat(browser.text(By.cssSelector("#documents .other-documents"))).contains("사업계획서-2026.pdf");
		uploadRequiredDocuments("application");

		browser.clickThrough(By.cssSelector("form[action$='/submit'] button[type=submit]"), "application-submitted");
		assertThat(browser.path()).endsWith("/receipt");
		assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("신청이 접수되었습니다");
		String receipt = browser.text(By.cssSelector(".receipt-notice"));
		assertThat(receipt).matches("접수번호는 \\S+입니다\\. 접수번호 순서대로 심사합니다\\.");
		String receiptNumber = receipt.substring("접수번호는 ".length(), receipt.indexOf("입니다"));
		assertThat(browser.text(By.cssSelector(".receipt-number"))).isEqualTo(receiptNumber);
		assertThat(browser.text(By.cssSelector(".receipt-amount"))).startsWith("3억 원");
		browser.clickThrough(By.cssSelector(".receipt-application-link"), "application-received");
		assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("접수번호 " + receiptNumber);
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("접수");
		assertThat(browser.all(By.cssSelector("form[action$='/submit']"))).isEmpty();
	}

	/**
	 * Journey h. A technology firm on Hyundai Motor's partner list may apply to KODIT's and KIBO's agreements of
	 * HMG-KB-WOORI (not K-SURE's, which is for exporters), picks KIBO's and a bank that lends under it; KIBO's reviewer
	 * finds the application in the queue, KODIT's neither finds nor opens it.
	 */
	@Test
	void anSmeEligibleForTwoAgreementsPicksOneAndOnlyThatAgencysReviewerSeesIt() throws IOException {
		browser.beginJourney("h-agreements");
		JourneyFixtures.Sme sme = fixtures.signedUpSme("(주)미래센서");
		TestSmes.addPartner(jdbc, "HYUNDAI", sme.number().digits(), 1);

		browser.signIn(sme.email(), JourneyFixtures.PASSWORD);
		browser.open("/company/profile", "profile");
		browser.click(By.id("technologyFirm"));
		browser.clickThrough(By.cssSelector("form.company-form button[type=submit]"), "profile-technology-firm");
		assertThat(browser.all(By.cssSelector("#technologyFirm:checked"))).hasSize(1);

		browser.open("/programmes/HMG-KB-WOORI", "programme-agreements");
		assertThat(browser.text(By.cssSelector(".agreement-table tfoot"))).contains("1조 3,000억 원");
		browser.open("/applications/new?programme=HMG-KB-WOORI&lang=en", "agreement-choice-english");
		assertThat(browser.text(By.cssSelector(".agreement-choice"))).contains("Korea Technology Finance Corporation",
				"For exporters only: your company profile does not say it exports.");
		browser.open("/applications/new?programme=HMG-KB-WOORI&lang=ko", "agreement-choice");
		assertThat(browser.all(By.cssSelector("input[name=agreementCode]"))).hasSize(3);
		assertThat(browser.all(By.cssSelector("input[name=agreementCode]:disabled"))).hasSize(1);
		assertThat(browser.text(By.cssSelector(".agreement-choice"))).contains("신용보증기금", "기술보증기금",
				"한국무역보험공사", "수출기업 전용입니다");

		browser.click(By.cssSelector("input[name=agreementCode][value='HMG-KB-WOORI-KIBO']"));
		browser.type(By.id("amount"), "300000000");
		// the yearly table follows the amount as it is typed, before anything is saved: 3억 at KIBO's 100 % and 1 %
		browser.waitFor(driver -> yearlyCostsCaption().contains("3억 원"));
		assertThat(browser.text(By.cssSelector("#application-yearly-costs tbody tr[data-year='1'] .yearly-fee")))
			.isEqualTo("300만 원");
		browser.click(By.id("purpose1"));
		browser.type(By.id("termMonths"), "36");
		browser.waitFor(driver -> yearlyCostsCaption().contains("36개월"));
		assertThat(browser.all(By.cssSelector("#application-yearly-costs tbody tr"))).hasSize(3);
		new Select(browser.visible(By.id("bankCode"))).selectByValue("KB");
		browser.type(By.id("businessPlan"), "센서 시제품 양산 설비를 들이고 현대차 납품 매출로 상환합니다.");
		browser.clickThrough(By.cssSelector("form[action^='/applications?programme'] button[type=submit]"), "agreement-draft");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("작성 중");
		ApplicationId id = new ApplicationId(Long.parseLong(browser.path().replaceAll("\\D+", "")));
		assertThat(jdbc.sql("select agreement_code from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single()).isEqualTo("HMG-KB-WOORI-KIBO");

		Path plan = Files.write(files.resolve("기술사업계획서.pdf"), JourneyFixtures.PDF);
		browser.attach(By.id("files"), plan);
		browser.clickThrough(By.cssSelector("form[action$='/documents'] button[type=submit]"), "agreement-document-added");
		uploadRequiredDocuments("agreement");
		browser.clickThrough(By.cssSelector("form[action$='/submit'] button[type=submit]"), "agreement-submitted");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("접수");
		assertThat(browser.text(By.cssSelector(".receipt-agreement"))).isEqualTo("기술보증기금 협약");
		browser.signOut();

		browser.signIn("kibo.reviewer", "demo1234!");
		browser.open("/review?q=" + sme.number().digits(), "kibo-queue");
		assertThat(browser.all(By.cssSelector(".queue-table tbody a[href='/review/" + id.value() + "']"))).hasSize(1);
		browser.clickThrough(By.cssSelector(".queue-table tbody a[href='/review/" + id.value() + "']"),
				"kibo-review-application");
		assertThat(browser.text(By.cssSelector("h1"))).isNotBlank();
		browser.signOut();

		browser.signIn("kodit.reviewer", "demo1234!");
		browser.open("/review?q=" + sme.number().digits(), "kodit-queue");
		assertThat(browser.all(By.cssSelector(".queue-table tbody a[href='/review/" + id.value() + "']"))).isEmpty();
		browser.open("/review/" + id.value(), "kodit-not-found");
		assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("페이지를 찾을 수 없습니다");
		browser.signOut();
	}

	/**
	 * Journey b. Above the programme's four-eyes threshold, the reviewer can only recommend; an approver confirms.
	 */
	@Test
	void aReviewerAsksForMoreRecommendsAboveTheThresholdAndOnlyAnApproverIssuesTheGuarantee() throws IOException {
		browser.beginJourney("b-review-four-eyes");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(20_000_000_000L), Won.of(200_000_000));
		JourneyFixtures.Sme sme = fixtures.signedUpSme("(주)새길금속");
		ApplicationId id = fixtures.submitted(sme, programme, Won.of(400_000_000));
		String review = "/review/" + id.value();

		browser.signIn("kodit.reviewer", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/review']"), "review-queue");
		browser.type(By.id("q"), sme.number().formatted());
		browser.clickThrough(By.cssSelector("form.queue-filters button[type=submit]"), "review-queue-found");
		assertThat(browser.all(By.cssSelector(".queue-table tbody tr"))).hasSize(1);
		assertThat(browser.text(By.cssSelector(".queue-table tbody tr"))).contains(sme.companyName(),
				sme.number().formatted(), "4억 원", "접수");
		browser.clickThrough(By.cssSelector(".queue-table tbody a[href='" + review + "']"), "review-application");

		browser.click(By.xpath("//form[contains(@action, '/request-information')]/preceding-sibling::summary"));
		browser.type(By.id("information-message"), "최근 3개월 부가가치세 신고서를 보내 주세요.");
		browser.type(By.id("information-comment"), "매출 추이 확인 필요");
		browser.clickThrough(By.cssSelector("form[action$='/request-information'] button[type=submit]"),
				"review-information-requested");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).isEqualTo("기업에 보완 요청을 보냈습니다.");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("보완 요청");
		browser.signOut();

		browser.signIn(sme.email(), JourneyFixtures.PASSWORD);
		browser.clickThrough(By.cssSelector("header a[href='/applications']"), "sme-applications");
		browser.clickThrough(By.cssSelector("main a[href='/applications/" + id.value() + "']"), "sme-information-requested");
		assertThat(browser.text(By.cssSelector(".timeline, main"))).contains("최근 3개월 부가가치세 신고서를 보내 주세요.");
		browser.type(By.id("answer-text"), "2026년 1분기 부가가치세 신고서를 첨부합니다.");
		browser.attach(By.id("answer-files"), Files.write(files.resolve("부가세-신고서-2026Q1.pdf"), JourneyFixtures.PDF));
		browser.clickThrough(By.cssSelector("form[action$='/answer'] button[type=submit]"), "sme-answered");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("답변을 보냈습니다");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("심사 중");
		assertThat(browser.text(By.cssSelector("#documents .other-documents"))).contains("사업계획서.pdf",
				"부가세-신고서-2026Q1.pdf");
		browser.signOut();

		browser.signIn("kodit.reviewer", "demo1234!");
		browser.open(review, "review-answered");
		assertThat(browser.text(By.cssSelector("main"))).contains("부가세-신고서-2026Q1.pdf",
				"2026년 1분기 부가가치세 신고서를 첨부합니다.");
		browser.click(By.xpath("//form[contains(@action, '/approve')]/preceding-sibling::summary"));
		browser.type(By.id("amount"), "350,000,000");
		browser.type(By.id("ratio"), "90");
		browser.type(By.id("feeRate"), "1");
		browser.type(By.id("approval-conditions"), "분기마다 부가가치세 신고서를 제출할 것");
		browser.type(By.id("approval-explanation"), "부가세 신고상 매출 규모에 맞춰 3억 5,000만 원으로 조정했습니다.");
		browser.type(By.id("approval-comment"), "부가세 신고상 매출 증가 확인, 승인 추천");
		browser.clickThrough(By.cssSelector("form[action$='/approve'] button[type=submit]"), "review-recommended");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).startsWith("승인 추천으로 기록했습니다.");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("최종 승인 대기");
		assertThat(browser.text(By.cssSelector("main"))).contains(
				"추천자가 아닌 기관 결재권자의 최종 승인을 기다리고 있습니다.");
		assertThat(browser.all(By.cssSelector("form[action$='/confirm']"))).as("no confirm button for the reviewer")
			.isEmpty();

		// A confirmation crafted by hand, as if the button were there, is refused.
		browser.js("""
				var form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0] + '/confirm';
				[['_csrf', document.querySelector('input[name=_csrf]').value], ['version', arguments[1]],
				 ['comment', '직접 확정']].forEach(function (field) {
				  var input = document.createElement('input');
				  input.type = 'hidden';
				  input.name = field[0];
				  input.value = field[1];
				  form.appendChild(input);
				});
				var button = document.createElement('button');
				button.type = 'submit';
				button.id = 'crafted-confirm';
				button.textContent = 'confirm';
				form.appendChild(button);
				document.body.appendChild(form);
				""", review, Long.toString(fixtures.version(id)));
		browser.clickThrough(By.id("crafted-confirm"), "review-confirm-refused");
		assertThat(browser.text(By.cssSelector("main"))).contains("이 화면을 볼 권한이 없습니다");
		assertThat(fixtures.status(id)).isEqualTo("RECOMMENDED");
		browser.signOut();

		browser.signIn("kodit.approver", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/review/approvals']"), "approvals");
		browser.clickThrough(By.cssSelector("main a[href='" + review + "']"), "approval-to-confirm");
		browser.type(By.id("confirmation-comment"), "추천 내용과 서류 확인, 최종 승인");
		browser.clickThrough(By.cssSelector("form[action$='/confirm'] button.btn-success"), "approval-confirmed");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).isEqualTo("신청을 승인하고 보증서를 발급했습니다.");
		String guaranteeNumber = browser.text(By.cssSelector(".guarantee-number"));
		assertThat(guaranteeNumber).startsWith("KODIT-");
		browser.signOut();

		browser.signIn(sme.email(), JourneyFixtures.PASSWORD);
		browser.open("/applications/" + id.value(), "sme-guaranteed");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("승인 (보증서 발급)");
		// The certificate waits for the guarantee agreement and the fee: accepting and paying in the browser is journey
		// c's; here they are done behind the scenes, and the certificate follows.
		assertThat(browser.all(By.linkText("보증서 내려받기 (PDF)"))).isEmpty();
		assertThat(browser.visible(By.cssSelector(".agreement-link")).getAttribute("href"))
			.endsWith("/applications/" + id.value() + "/agreement");
		deliveries.issueCertificate(id);
		browser.open("/applications/" + id.value(), "sme-certificate-issued");
		WebElement certificate = browser.visible(By.linkText("보증서 내려받기 (PDF)"));
		Map<String, Object> download = browser.fetch(certificate.getAttribute("href"));
		assertThat(download.get("status")).isEqualTo(200L);
		assertThat((String) download.get("type")).startsWith("application/pdf");
		assertThat((String) download.get("start")).startsWith("%PDF");
		assertThat((String) download.get("disposition")).contains(".pdf");

		// What the SME now holds: 3억 5,000만 원 of the 4억 원 asked for, 90 % guaranteed at 1 % a year, half of it
		// paid by the funders, and why it is less.
		assertThat(browser.text(By.cssSelector("#guarantee .guarantee-number"))).isEqualTo(guaranteeNumber);
		assertThat(browser.text(By.cssSelector("#guarantee"))).contains("보증 내용", "3억 5,000만 원", "신청 금액 4억 원",
				"부가세 신고상 매출 규모에 맞춰 3억 5,000만 원으로 조정했습니다.", "90%", "3억 1,500만 원", "315만 원",
				"157만 5,000원", "분기마다 부가가치세 신고서를 제출할 것", "은행이 아직 대출을 실행하지 않았습니다.");
		assertThat(browser.text(By.cssSelector("main"))).doesNotContain("매출 증가 확인, 승인 추천", "추천 내용과 서류 확인");
		browser.open("/applications/" + id.value() + "?lang=en", "sme-guaranteed-english");
		assertThat(browser.text(By.cssSelector("#guarantee"))).contains("Your guarantee", guaranteeNumber,
				"You asked for ₩400 million", "₩315 million (₩315,000,000)", "₩1,575,000");
	}

	/**
	 * Journey c. Payments move the programme's disbursed figure, on its page and in the open data, by exactly their
	 * amounts; what remains to be guaranteed moved when the guarantee reserved the loan, and payments leave it.
	 */
	@Test
	void aBankOfficerPaysOutALoanInTwoTranchesAndTheProgrammeFiguresFollowExactly() {
		browser.beginJourney("c-bank-pays-out");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(50_000_000_000L));
		ApplicationId loan = fixtures.guaranteedLoan(programme, Won.of(500_000_000));

		browser.open("/programmes/" + programme.value(), "programme-before-payments");
		assertThat(programmeFigures()).containsExactly("100억 원", "5억 원", "0원", "95억 원");
		assertThat(openData(programme)).containsExactly(10_000_000_000L, 500_000_000L, 0L, 9_500_000_000L);

		// The company reads and accepts the guarantee agreement, its representative typing their name, and records
		// the first year's fee as paid: only then is the certificate issued to the bank.
		browser.signIn(fixtures.smeEmailOf(loan), JourneyFixtures.PASSWORD);
		browser.open("/applications/" + loan.value(), "sme-approved");
		assertThat(browser.text(By.cssSelector(".guarantee-path"))).contains("지금 귀사 차례입니다");
		browser.clickThrough(By.cssSelector("a.agreement-link"), "sme-agreement");
		assertThat(browser.text(By.cssSelector(".agreement-text"))).contains("이정밀", "500,000,000원");
		browser.type(By.id("representativeName"), "김철수");
		browser.clickThrough(By.cssSelector("form[action$='/agreement'] button[type=submit]"), "sme-agreement-wrong-name");
		assertThat(errorNextTo("representativeName")).contains("기업 대표자의 이름이 아닙니다");
		browser.type(By.id("representativeName"), "이정밀");
		browser.clickThrough(By.cssSelector("form[action$='/agreement'] button[type=submit]"), "sme-agreement-accepted");
		assertThat(browser.text(By.cssSelector(".agreement-accepted"))).contains("이정밀");
		browser.click(By.id("confirmed"));
		browser.clickThrough(By.cssSelector("form[action$='/fee-payment'] button[type=submit]"), "sme-fee-recorded");
		assertThat(browser.text(By.cssSelector(".guarantee-path"))).contains("지금 은행 차례입니다");
		browser.signOut();

		browser.signIn("woori.officer", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/disbursements']"), "bank-loans");
		browser.type(By.id("q"), fixtures.businessNumberOf(loan));
		browser.clickThrough(By.cssSelector("main form[role=search] button[type=submit], main form button[type=submit]"),
				"bank-loans-found");
		browser.clickThrough(By.cssSelector("main a[href='/disbursements/" + loan.value() + "']"), "bank-loan");
		assertThat(browser.text(By.cssSelector(".payment-waits"))).contains("먼저 보증서 수령을 확인하세요");
		pay("100,000,000", "WR-2026-000119", "bank-loan-payment-before-acknowledgement");
		assertThat(openData(programme)).as("nothing is paid against an unacknowledged certificate")
			.containsExactly(10_000_000_000L, 500_000_000L, 0L, 9_500_000_000L);
		browser.clickThrough(By.cssSelector("form.certificate-acknowledgement button[type=submit]"),
				"bank-loan-certificate-acknowledged");
		assertThat(browser.text(By.cssSelector(".certificate-acknowledged"))).contains("수령을 확인했습니다");
		assertThat(browser.text(By.cssSelector(".payment-card"))).contains("남은 실행 가능액은 5억 원입니다.");

		pay("6억", "WR-2026-000120", "bank-loan-payment-refused");
		assertThat(errorNextTo("amountWon")).contains("남은 실행 가능액 5억 원을 넘습니다");
		assertThat(openData(programme)).as("a refused payment pays nothing").containsExactly(10_000_000_000L,
				500_000_000L, 0L, 9_500_000_000L);

		pay("200,000,000", "WR-2026-000121", "bank-loan-first-payment");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).isEqualTo("2억 원 실행을 기록했습니다.");
		assertThat(browser.text(By.cssSelector("main"))).contains("승인액 5억 원 중 2억 원 실행 (40%)");
		assertThat(openData(programme)).containsExactly(10_000_000_000L, 500_000_000L, 200_000_000L, 9_500_000_000L);

		pay("300,000,000", "WR-2026-000122", "bank-loan-second-payment");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).isEqualTo("3억 원 실행을 기록했습니다.");
		assertThat(browser.text(By.cssSelector("main"))).contains("승인액 5억 원 중 5억 원 실행 (100%)");
		assertThat(browser.all(By.cssSelector("form[action$='/payments']"))).as("nothing is left to pay out").isEmpty();

		browser.open("/programmes/" + programme.value(), "programme-after-payments");
		assertThat(programmeFigures()).containsExactly("100억 원", "5억 원", "5억 원", "95억 원");
		assertThat(openData(programme)).containsExactly(10_000_000_000L, 500_000_000L, 500_000_000L, 9_500_000_000L);

		// The loan goes bad: the bank reports the default and claims the guaranteed share of what it lost, one
		// person of the agency recommends the payment and another approver pays it.
		browser.open("/disbursements/" + loan.value(), "bank-loan-before-default");
		browser.click(By.xpath("//form[contains(@action, '/defaulted')]/preceding-sibling::summary"));
		browser.clickThrough(By.cssSelector("form[action$='/defaulted'] button[type=submit]"), "bank-loan-defaulted");
		browser.type(By.id("coveredLossWon"), "4억");
		browser.type(By.id("claimedWon"), "5억");
		browser.type(By.id("reference"), "WR-CLAIM-2026-001");
		browser.clickThrough(By.cssSelector("form.claim-form button[type=submit]"), "bank-claim-refused");
		assertThat(errorNextTo("claimedWon")).contains("보증비율 100% × 보증 대상 손실액");
		browser.type(By.id("claimedWon"), "4억");
		browser.clickThrough(By.cssSelector("form.claim-form button[type=submit]"), "bank-claim-filed");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("4억 원 청구를 접수했습니다");
		assertThat(browser.text(By.cssSelector(".claim-status"))).isEqualTo("접수됨, 기관 검토 대기");
		browser.signOut();

		browser.signIn("kodit.reviewer", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/claims']"), "agency-claims");
		browser.clickThrough(By.cssSelector("table.open-claims a"), "agency-claim");
		browser.clickThrough(By.cssSelector("form.recommendation-form button[type=submit]"), "agency-claim-recommended");
		assertThat(browser.text(By.cssSelector(".claim-status"))).isEqualTo("지급 상신됨, 결재 대기");
		assertThat(browser.all(By.cssSelector("form.payment-form"))).as("the recommender does not pay").isEmpty();
		browser.signOut();

		browser.signIn("kodit.approver", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/claims']"), "approver-claims");
		browser.clickThrough(By.cssSelector("table.open-claims a"), "approver-claim");
		browser.clickThrough(By.cssSelector("form.payment-form button[type=submit]"), "approver-claim-paid");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("청구를 지급했습니다: 4억 원");
		browser.signOut();

		browser.signIn("woori.officer", "demo1234!");
		browser.open("/disbursements/" + loan.value(), "bank-claim-paid");
		assertThat(browser.text(By.cssSelector(".claim-status"))).isEqualTo("지급됨");
		assertThat(browser.text(By.cssSelector(".claim-paid"))).contains("4억 원");
	}

	/**
	 * Journey d. The ministry's dashboard shows a payment as soon as the bank records it, in Korean and in English,
	 * and the figures downloaded as CSV and as Excel are the same, to the won.
	 */
	@Test
	void theMinistrySeesAPaymentOnTheDashboardReadsItInEnglishAndExportsIt() throws IOException {
		browser.beginJourney("d-ministry-dashboard");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(50_000_000_000L));
		ApplicationId loan = fixtures.guaranteedLoan(programme, Won.of(300_000_000));
		deliveries.readyToPay(loan);
		By row = By.cssSelector("tr[data-programme='" + programme.value() + "']");

		browser.signIn("ministry", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/dashboard']"), "dashboard-before");
		assertThat(dashboardCells(row)).startsWith("100억 원", "3억 원", "0원", "97억 원");
		long disbursedBefore = totalDisbursed();
		String headlineBefore = headlineDisbursed();
		browser.signOut();

		browser.signIn("woori.officer", "demo1234!");
		browser.open("/disbursements/" + loan.value(), "bank-loan");
		pay("120,000,000", "WR-2026-000340", "bank-loan-paid");
		browser.signOut();

		browser.signIn("ministry", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/dashboard']"), "dashboard-after");
		assertThat(dashboardCells(row)).startsWith("100억 원", "3억 원", "1억 2,000만 원", "97억 원");
		assertThat(totalDisbursed()).isEqualTo(disbursedBefore + 120_000_000L);
		assertThat(headlineDisbursed()).isNotEqualTo(headlineBefore);

		browser.clickThrough(By.cssSelector("header .language-switch a[lang=en]"), "dashboard-english");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Utilisation dashboard");
		assertThat(dashboardCells(row)).startsWith("₩10 billion", "₩300 million", "₩120 million", "₩9.7 billion");

		Path csv = browser.download(By.cssSelector("main a[href='/dashboard/export/programmes.csv']"), downloads());
		assertThat(csv.getFileName().toString()).startsWith("sangsaeng-programmes-").endsWith(".csv");
		byte[] csvBytes = Files.readAllBytes(csv);
		assertThat(Arrays.copyOf(csvBytes, 3)).as("a byte order mark, so that Excel reads it as UTF-8")
			.containsExactly(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(new String(csvBytes, 3, csvBytes.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
		CSVRecord exported = records.stream()
			.filter(record -> record.get("Code").equals(programme.value()))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(exported.get("Capacity"), exported.get("Capacity in use"), exported.get("Disbursed"),
				exported.get("Remaining")))
			.containsExactly("10000000000", "300000000", "120000000", "9700000000");

		Path xlsx = browser.download(By.cssSelector("main a[href='/dashboard/export/programmes.xlsx']"), downloads());
		assertThat(xlsx.getFileName().toString()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			Row exportedRow = StreamSupport.stream(sheet.spliterator(), false)
				.filter(candidate -> programme.value()
					.equals(candidate.getCell(headers.indexOf("Code")).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			assertThat(Stream.of("Capacity", "Capacity in use", "Disbursed", "Remaining")
				.map(header -> (long) exportedRow.getCell(headers.indexOf(header)).getNumericCellValue()))
				.containsExactly(10_000_000_000L, 300_000_000L, 120_000_000L, 9_700_000_000L);
		}

		browser.clickThrough(By.cssSelector("tr[data-programme='" + programme.value() + "'] th a"), "breakdowns");
		YearMonth thisMonth = YearMonth.now(SeoulTime.ZONE);
		showMonths(thisMonth, thisMonth, "breakdowns-this-month");
		assertThat(breakdownTotal()).as("applications this month").isEqualTo("1");
		assertThat((List<?>) browser.js("return Chart.getChart('breakdown-chart').scales.x.ticks.map(tick => tick.label);"))
			.as("the labels of an axis of ₩300 million in ₩ billion")
			.hasSizeGreaterThan(2)
			.doesNotHaveDuplicates();
		showMonths(thisMonth.minusMonths(2), thisMonth.minusMonths(1), "breakdowns-months-before");
		assertThat(breakdownTotal()).as("applications in the two months before").isEqualTo("0");
		assertThat(browser.all(By.cssSelector(".invalid-feedback"))).isEmpty();
		showMonths(thisMonth, thisMonth.minusMonths(1), "breakdowns-end-before-start");
		assertThat(browser.text(By.id("filter-to-error"))).isEqualTo("The end cannot be before the start.");
		assertThat(breakdownTotal()).as("applications of all time, the period not applied").isEqualTo("1");
	}

	/**
	 * Picks the months in the filter's month inputs as a person does with the keyboard (in the browser's English
	 * form: the month's name, then the year) and shows the breakdown.
	 */
	private void showMonths(YearMonth from, YearMonth to, String page) {
		for (Map.Entry<String, YearMonth> field : Map.of("filter-from", from, "filter-to", to).entrySet()) {
			YearMonth month = field.getValue();
			browser.driver()
				.findElement(By.id(field.getKey()))
				.sendKeys(month.getMonth().getDisplayName(TextStyle.FULL, Locale.US), Keys.ARROW_RIGHT,
						String.valueOf(month.getYear()));
		}
		browser.clickThrough(By.cssSelector(".dashboard-filter button[type=submit]"), page);
		assertThat(browser.driver().findElement(By.id("filter-from")).getAttribute("value")).isEqualTo(from.toString());
		assertThat(browser.driver().findElement(By.id("filter-to")).getAttribute("value")).isEqualTo(to.toString());
	}

	/**
	 * The number of applications in the breakdown's total row.
	 */
	private String breakdownTotal() {
		return browser.driver().findElement(By.cssSelector(".dashboard-table tfoot td")).getAttribute("data-value");
	}

	private Path downloads() throws IOException {
		return Files.createDirectories(files.resolve("downloads"));
	}

	/**
	 * Journey e, in English. Capacity is raised with a reason that the ledger keeps; a partner list with bad rows is
	 * checked before import, and each bad row says what is wrong with it.
	 */
	@Test
	void anAdministratorRaisesCapacityWithAReasonAndImportsAPartnerListReadingItsRowErrors() throws IOException {
		browser.beginJourney("e-administration");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(500_000_000));

		browser.open("/login", "sign-in");
		browser.type(By.id("username"), "admin");
		browser.type(By.id("password"), "demo1234?");
		browser.clickThrough(By.cssSelector("main form button[type=submit]"), "sign-in-refused");
		assertThat(browser.visible(By.id("sign-in-error")).getAttribute("role")).isEqualTo("alert");
		assertThat(browser.visible(By.id("password")).getAttribute("aria-describedby")).contains("sign-in-error");
		browser.signIn("admin", "demo1234!");
		browser.clickThrough(By.cssSelector("header .language-switch a[lang=en]"), "admin-home-english");
		browser.clickThrough(By.cssSelector("header a[href='/admin/programmes']"), "programme-administration");
		browser.clickThrough(By.cssSelector("main a[href='/admin/programmes/" + programme.value() + "']"),
				"programme-admin-detail");
		browser.click(By.xpath("//label[normalize-space()='Increase']"));
		browser.type(By.id("amount"), "2,500,000,000");
		browser.type(By.id("reason"), "Hyundai Motor's additional contribution of March 2026");
		browser.clickThrough(By.cssSelector("form[action$='/capacity'] button[type=submit]"), "capacity-confirmation");
		assertThat(browser.text(By.cssSelector("tr.confirm-capacity"))).contains("₩10 billion", "₩12.5 billion");
		assertThat(browser.text(By.cssSelector("tr.confirm-remaining"))).contains("₩10 billion", "₩12.5 billion");
		browser.clickThrough(By.cssSelector("form[action$='/capacity'] button[type=submit]"), "capacity-raised");
		assertThat(browser.text(By.cssSelector(".alert[role=status]")))
			.isEqualTo("The capacity change was recorded in the ledger.");
		assertThat(browser.text(By.cssSelector(".programme-figures"))).contains("₩12.5 billion");
		assertThat(browser.text(By.cssSelector("main table.capacity-ledger"))).contains("Increase + ₩2,500,000,000 Hyundai Motor's additional contribution of March 2026 admin");

		browser.clickThrough(By.cssSelector("form[action$='/status'] input[value=SUSPENDED] + button"),
				"suspension-confirmation");
		assertThat(browser.text(By.cssSelector(".confirm-card"))).contains("SMEs can no longer submit applications",
				"the reviewers' queues").doesNotContain("''");
		browser.clickThrough(By.cssSelector("form[action$='/status'] button[type=submit]"), "suspension-needs-reason");
		assertThat(browser.text(By.id("reason-error"))).isEqualTo("Give the reason for the change of status.");
		browser.type(By.id("reason"), "The funders asked for a pause while the agreement is renewed");
		browser.clickThrough(By.cssSelector("form[action$='/status'] button[type=submit]"), "programme-suspended");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("suspended");

		JourneyFixtures.Sme sme = fixtures.signedUpSme("(주)해오름기계");
		browser.open("/admin/accounts?q=" + sme.email(), "accounts-found");
		browser.clickThrough(By.cssSelector("main a[href$='/disable']"), "account-disable-confirmation");
		assertThat(browser.text(By.cssSelector(".disable-session-count"))).isEqualTo("No session is open now.");
		browser.type(By.id("reason"), "The company asked us to close its account");
		browser.clickThrough(By.cssSelector("form[action$='/disable'] button[type=submit]"), "account-disabled");

		browser.open("/admin/audit?subject=" + programme.value(), "audit-trail-programme");
		assertThat(browser.text(By.cssSelector("main table"))).contains("Suspended",
				"The funders asked for a pause while the agreement is renewed");
		assertThat(browser.widthAt(1280, By.cssSelector("td.audit-about"))).as("the subject column at 1280 px")
			.isGreaterThan(150);
		browser.open("/admin/audit?subject=account:" + sme.email(), "audit-trail-account");
		assertThat(browser.text(By.cssSelector("main table"))).contains("Account disabled", "Account number",
				"The company asked us to close its account");

		browser.clickThrough(By.cssSelector("header a[href='/admin/partners']"), "partner-lists");
		browser.clickThrough(By.cssSelector("main a[href='/admin/partners/HYUNDAI']"), "partner-list-hyundai");
		browser.clickThrough(By.cssSelector("main a[href='/admin/partners/HYUNDAI/import']"), "partner-import");
		String good = TestSmes.validBusinessNumber();
		String alsoGood = TestSmes.validBusinessNumber();
		Path list = Files.writeString(files.resolve("hyundai-partners-2026.csv"), String.join("\n",
				"사업자등록번호,회사명,차수",
				good + ",(주)동해프레스,1",
				alsoGood + ",(주)서해몰드,2차",
				withWrongCheckDigit(BusinessRegistrationNumber.parse(good)) + ",(주)오타상사,1",
				"12-345,(주)짧은번호,2",
				good + ",(주)동해프레스 중복,1",
				TestSmes.validBusinessNumber() + ",,4",
				""));
		browser.attach(By.id("file"), list);
		browser.clickThrough(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"),
				"partner-import-preview");
		assertThat(browser.text(By.id("count-new"))).isEqualTo("2");
		assertThat(browser.text(By.id("count-bad"))).isEqualTo("4");
		List<String> badRows = browser.all(By.cssSelector("table.bad-rows tbody tr")).stream().map(WebElement::getText)
			.toList();
		assertThat(badRows).hasSize(4);
		assertThat(badRows.get(0)).startsWith("4").contains("check digit does not match");
		assertThat(badRows.get(1)).startsWith("5").contains("not 10 digits");
		assertThat(badRows.get(2)).startsWith("6").contains("already on line 2");
		assertThat(badRows.get(3)).startsWith("7").contains("The company name is missing.",
				"The tier is not one of 1, 2, 3");
		browser.clickThrough(By.cssSelector("form[action$='/import'] button[type=submit]"), "partner-imported");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("2");
		assertThat(browser.text(By.cssSelector("main"))).contains("(주)동해프레스", "(주)서해몰드");
	}

	/**
	 * Journey i. Hyundai Motor's funder imports two new partners into its own list, recommends both for its agreement
	 * with KODIT; one applies in the browser and finds the recommendation on its application, then, as a tier-1
	 * partner, nominates a supplier of its own at tier 2; the funder withdraws the other's recommendation and confirms
	 * the nominated supplier onto its list, and KODIT's reviewer sees that recommendation flagged on the review page.
	 */
	@Test
	void aFunderRecommendsAnSmeThatAppliesAndWithdrawsAnotherWhichTheReviewerSeesFlagged() throws IOException {
		browser.beginJourney("i-funder");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(500_000_000));
		JourneyFixtures.Sme newcomer = fixtures.signedUpSme("(주)새길모터스");
		JourneyFixtures.Sme earlier = fixtures.signedUpSme("(주)앞선부품");

		browser.signIn("hyundai.funder", "demo1234!");
		browser.clickThrough(By.cssSelector("header a[href='/funder/partners']"), "funder-partners");
		browser.clickThrough(By.cssSelector("main a[href='/funder/partners/import']"), "funder-partner-import");
		Path list = Files.writeString(files.resolve("hyundai-new-partners.csv"), String.join("\n",
				"사업자등록번호,회사명,차수",
				newcomer.number().formatted() + ",(주)새길모터스,1",
				earlier.number().formatted() + ",(주)앞선부품,2차",
				withWrongCheckDigit(newcomer.number()) + ",(주)오타모터스,1",
				""));
		browser.attach(By.id("file"), list);
		browser.clickThrough(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"),
				"funder-partner-import-preview");
		assertThat(browser.text(By.id("count-new"))).isEqualTo("2");
		assertThat(browser.text(By.id("count-bad"))).isEqualTo("1");
		browser.clickThrough(By.cssSelector("form[action$='/import'] button[type=submit]"), "funder-partners-imported");
		assertThat(browser.path()).isEqualTo("/funder/partners");

		browser.open("/funder/partners?q=" + newcomer.number().digits(), "funder-partner-found");
		browser.clickThrough(By.cssSelector("main a[href*='/funder/recommendations/new']"), "recommendation-form");
		assertThat(browser.visible(By.id("businessNumber")).getAttribute("value")).isEqualTo(newcomer.number().digits());
		String agreement = programme.value() + "-KODIT";
		new Select(browser.visible(By.id("agreementCode"))).selectByValue(agreement);
		browser.type(By.id("amount"), "삼억");
		browser.clickThrough(By.cssSelector("form[action$='/funder/recommendations/new'] button[type=submit]"),
				"recommendation-refused");
		assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(2);
		browser.type(By.id("amount"), "3억");
		browser.type(By.id("validUntil"), LocalDate.now(SeoulTime.ZONE).plusDays(60).format(DateTimeFormatter.ofPattern("MMddyyyy")));
		browser.clickThrough(By.cssSelector("form[action$='/funder/recommendations/new'] button[type=submit]"),
				"recommendations");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("(주)새길모터스");

		browser.open("/funder/recommendations/new?number=" + earlier.number().digits(), "recommendation-form");
		new Select(browser.visible(By.id("agreementCode"))).selectByValue(agreement);
		new Select(browser.visible(By.id("tier"))).selectByValue("TIER_2");
		browser.type(By.id("amount"), "2억");
		browser.type(By.id("validUntil"), LocalDate.now(SeoulTime.ZONE).plusDays(30).format(DateTimeFormatter.ofPattern("MMddyyyy")));
		browser.clickThrough(By.cssSelector("form[action$='/funder/recommendations/new'] button[type=submit]"),
				"recommendations-two");
		assertThat(browser.all(By.cssSelector("table.recommendation-table tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
		browser.signOut();

		ApplicationId earlierApplication = fixtures.submitted(earlier, programme, Won.of(200_000_000));
		ApplicationId draft = fixtures.draft(newcomer, programme, Won.of(300_000_000));
		browser.signIn(newcomer.email(), JourneyFixtures.PASSWORD);
		browser.open("/applications/" + draft.value(), "application-draft-recommended");
		browser.clickThrough(By.cssSelector("form[action$='/submit'] button[type=submit]"),
				"application-submitted-recommended");
		browser.clickThrough(By.cssSelector(".receipt-application-link"), "application-received-recommended");
		assertThat(browser.text(By.cssSelector("#recommendation .recommendation-funder"))).isEqualTo("현대자동차");
		assertThat(browser.all(By.cssSelector("#recommendation .recommendation-flag"))).isEmpty();
		assertThat(browser.fetch("/applications/" + draft.value() + "/recommendation.pdf"))
			.containsEntry("type", "application/pdf");

		// As Hyundai Motor's tier-1 partner, the newcomer nominates one of its own suppliers at tier 2.
		String supplier = TestSmes.validBusinessNumber();
		browser.clickThrough(By.cssSelector("header a[href='/company/suppliers']"), "suppliers");
		browser.clickThrough(By.cssSelector("main a[href='/company/suppliers/new']"), "supplier-nomination-form");
		new Select(browser.visible(By.id("funderCode"))).selectByValue("HYUNDAI");
		browser.type(By.id("businessNumber"), newcomer.number().digits());
		browser.type(By.id("companyName"), "(주)새길소재");
		browser.clickThrough(By.cssSelector("form[action$='/company/suppliers/new'] button[type=submit]"),
				"supplier-nomination-refused");
		assertThat(browser.text(By.id("businessNumber-error"))).contains("자사의 사업자등록번호");
		browser.type(By.id("businessNumber"), supplier);
		browser.type(By.id("yearlyTrade"), "8억");
		browser.clickThrough(By.cssSelector("form[action$='/company/suppliers/new'] button[type=submit]"),
				"suppliers-nominated");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("(주)새길소재");
		browser.signOut();

		browser.signIn("hyundai.funder", "demo1234!");
		browser.open("/funder/recommendations", "recommendations-two");
		browser.clickThrough(By.xpath("//tr[contains(., '(주)앞선부품')]//form[contains(@action, '/withdraw')]//button"),
				"recommendation-withdrawn");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("(주)앞선부품", "철회");
		browser.clickThrough(By.cssSelector("header a[href='/funder/nominations']"), "funder-nominations");
		browser.clickThrough(By.xpath("//tr[contains(., '(주)새길소재')]//form[contains(@action, '/confirm')]//button"),
				"funder-nomination-confirmed");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("(주)새길소재", "2차");
		browser.open("/funder/partners?q=" + supplier, "funder-partner-nominated");
		assertThat(browser.text(By.cssSelector("main"))).contains("(주)새길소재");
		browser.signOut();

		browser.signIn("kodit.reviewer", "demo1234!");
		browser.open("/review/" + earlierApplication.value(), "review-recommendation-withdrawn");
		assertThat(browser.text(By.cssSelector("#recommendation .recommendation-flag"))).contains("현대자동차", "철회");
		browser.open("/review/" + earlierApplication.value() + "?lang=en", "review-recommendation-withdrawn-english");
		assertThat(browser.text(By.cssSelector("#recommendation .recommendation-flag"))).contains("withdrew");
		browser.open("/review/" + earlierApplication.value() + "?lang=ko", "review-recommendation-withdrawn");
	}

	/**
	 * The administrator records a funder's special contribution to a programme's agreement, has the agreement's
	 * capacity follow its special contributions, records another and sees the capacity rise by it times its multiple;
	 * the page reads the same in English.
	 */
	@Test
	void anAdministratorRecordsAContributionAndSeesTheCapacityFollow() {
		browser.beginJourney("e-contributions");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(10_000_000_000L), Won.of(500_000_000));

		browser.signIn("admin", "demo1234!");
		browser.open("/admin/programmes/" + programme.value(), "contribution-programme");
		assertThat(browser.text(By.cssSelector(".funding-table tbody"))).contains("직접 지정");
		browser.click(By.cssSelector("#funder option[value=HYUNDAI]"));
		browser.type(By.id("contributedAmount"), "8억");
		browser.type(By.id("multiple"), "12.5");
		browser.clickThrough(By.cssSelector("form.contribution-form button[type=submit]"), "contribution-recorded");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).isEqualTo("출연을 기록했습니다.");
		assertThat(browser.text(By.cssSelector("main table.contribution-ledger"))).contains("현대자동차", "8억 원",
				"× 12.5 = 100억 원");

		browser.type(By.id("source-reason"), "협약서가 특별출연의 12.5배를 한도로 정함");
		browser.clickThrough(By.cssSelector("form.capacity-source-form button[type=submit]"), "capacity-follows");
		assertThat(browser.text(By.cssSelector(".funding-table tbody"))).contains("특별출연에 따름");

		browser.click(By.cssSelector("#funder option[value=HYUNDAI]"));
		browser.type(By.id("contributedAmount"), "2억");
		browser.clickThrough(By.cssSelector("form.contribution-form button[type=submit]"), "capacity-followed");
		assertThat(browser.text(By.cssSelector(".alert[role=status]")))
			.isEqualTo("출연을 기록했고, 협약의 공급 한도가 그만큼 늘었습니다.");
		assertThat(browser.text(By.cssSelector(".programme-figures"))).contains("125억 원");
		assertThat(browser.text(By.cssSelector("main table.capacity-ledger"))).contains("특별출연", "+ 2,500,000,000원",
				"특별출연: 현대자동차 2억 원 × 12.5");

		browser.clickThrough(By.cssSelector("header .language-switch a[lang=en]"), "contributions-english");
		assertThat(browser.text(By.cssSelector(".funding-table tbody"))).contains("Follows special contributions",
				"₩1 billion");
		assertThat(browser.text(By.cssSelector(".programme-figures"))).contains("₩12.5 billion");
	}

	/**
	 * Journey g. An impostor signs up with the business registration number of a company on Hyundai Motor's partner
	 * list: it is told to verify first and cannot submit. The real company signs up with the same number, has a code
	 * mailed to the contact on the partner list, reads it in the mailbox, types it and is verified; the impostor's
	 * claim is superseded. A company whose number is on no partner list uploads its business registration
	 * certificate (a file that is not one first, refused next to the field), KODIT's reviewer finds it in the queue
	 * and confirms it, and the company, told in its notifications, submits its draft.
	 */
	@Test
	void anImpostorsClaimOfAListedNumberCannotSubmitAndTheRealOwnerClaimsItWithTheMailedCode() {
		browser.beginJourney("g-real-owner-proves-its-number");
		ProgrammeCode programme = fixtures.openProgramme(Won.of(20_000_000_000L), Won.of(500_000_000));
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		String contact = "ceo." + number.digits() + "@jinjja.example";
		fixtures.listWithContact(number, contact);

		String impostor = "fake." + number.digits() + "@throwaway.example";
		signUpAs(number, impostor, "(주)가짜정밀", "impostor-sign-up");
		browser.open("/programmes/" + programme.value(), "impostor-programme");
		assertThat(browser.text(By.cssSelector(".eligibility-card h2"))).isEqualTo("먼저 사업자등록번호를 인증하세요");
		assertThat(browser.text(By.cssSelector(".eligibility-card"))).doesNotContain("협력사로 등록되어 있습니다");
		ApplicationId draft = fixtures.draftOf(impostor, number, programme);
		browser.open("/applications/" + draft.value(), "impostor-draft");
		browser.clickThrough(By.cssSelector("form[action$='/submit'] button[type=submit]"), "impostor-refused");
		assertThat(browser.text(By.cssSelector("main"))).contains("인증하지 않아 신청서를 제출할 수 없습니다");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("작성 중");
		browser.open("/company/verification", "impostor-verification");
		assertThat(browser.text(By.cssSelector("main"))).contains("c***@j***.example").doesNotContain(contact);
		browser.signOut();

		String owner = "finance." + number.digits() + "@jinjja.example";
		signUpAs(number, owner, "(주)진짜정밀", "owner-sign-up");
		browser.open("/company/verification", "owner-verification");
		browser.clickThrough(By.cssSelector("form[action$='/company/verification/code'] button[type=submit]"),
				"owner-code-sent");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("코드를 보냈습니다");
		WebElement mail = newestMailTo(contact, "[상생] 사업자등록번호 " + number.formatted() + " 확인 코드");
		Matcher code = Pattern.compile("(?m)^([0-9]{6})\\s*$")
			.matcher(mail.findElement(By.cssSelector("pre.mail-body")).getText());
		assertThat(code.find()).isTrue();
		browser.open("/company/verification", "owner-types-code");
		browser.type(By.id("code"), code.group(1));
		browser.clickThrough(By.cssSelector("form[action$='/company/verification/confirm'] button[type=submit]"),
				"owner-verified");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("사업자등록번호가 인증되었습니다");
		browser.open("/programmes/" + programme.value(), "owner-programme");
		assertThat(browser.text(By.cssSelector(".eligibility-card h2"))).isEqualTo("이 프로그램에 신청할 수 있습니다");
		browser.signOut();

		browser.signIn(impostor, JourneyFixtures.PASSWORD);
		browser.open("/company/verification", "impostor-superseded");
		assertThat(browser.text(By.cssSelector("main"))).contains("다른 회사가 이 사업자등록번호를 인증했습니다");
		browser.signOut();

		// a company whose number is on no partner list proves it with its business registration certificate
		BusinessRegistrationNumber unlisted = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		String unlistedEmail = "ceo." + unlisted.digits() + "@bareun.example";
		signUpAs(unlisted, unlistedEmail, "(주)바른기공", "unlisted-sign-up");
		ApplicationId waiting = fixtures.draftOf(unlistedEmail, unlisted, programme);
		browser.open("/company/verification", "unlisted-verification");
		assertThat(browser.text(By.cssSelector(".ownership-ways"))).contains("코드를 보낼 수 없습니다", "사업자등록증");
		Path notACertificate;
		Path certificate;
		try {
			notACertificate = Files.write(files.resolve("사업자등록증.pdf"), "<html>scan</html>".getBytes(StandardCharsets.UTF_8));
			certificate = Files.write(files.resolve("사업자등록증-바른기공.png"), JourneyFixtures.PNG);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		browser.attach(By.id("certificate"), notACertificate);
		browser.clickThrough(By.cssSelector("form[action$='/company/verification/certificate'] button[type=submit]"),
				"unlisted-certificate-refused");
		assertThat(errorNextTo("certificate")).contains("사업자등록증.pdf", "PDF, JPG, PNG");
		browser.attach(By.id("certificate"), certificate);
		browser.clickThrough(By.cssSelector("form[action$='/company/verification/certificate'] button[type=submit]"),
				"unlisted-certificate-uploaded");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("사업자등록증을 올렸습니다");
		assertThat(browser.text(By.cssSelector(".certificate-latest"))).contains("확인하기를 기다리고 있습니다");
		browser.signOut();

		browser.signIn("kodit.reviewer", "demo1234!");
		assertThat(browser.text(By.cssSelector("header .certificate-badge"))).matches("[1-9][0-9]*");
		browser.clickThrough(By.cssSelector("header a[href='/agency/registration-certificates']"), "certificate-queue");
		WebElement row = browser.all(By.cssSelector("table.certificate-queue tbody tr"))
			.stream()
			.filter(candidate -> candidate.getText().contains(unlisted.formatted()))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("(주)바른기공", "오늘");
		browser.clickThrough(row.findElement(By.linkText("확인하기")), "certificate-check");
		assertThat(browser.text(By.cssSelector(".certificate-declared"))).contains(unlisted.formatted(), "(주)바른기공",
				"김대표", "아직 인증되지 않음");
		browser.clickThrough(By.cssSelector("form[action$='/refuse'] button[type=submit]"), "certificate-refusal-needs-reason");
		assertThat(errorNextTo("reason")).contains("반려 사유를 적어 주세요");
		browser.clickThrough(By.cssSelector("form[action$='/confirm'] button[type=submit]"), "certificate-confirmed");
		assertThat(browser.text(By.cssSelector(".alert[role=status]"))).contains("사업자등록번호가 인증되었습니다");
		browser.signOut();

		browser.signIn(unlistedEmail, JourneyFixtures.PASSWORD);
		browser.open("/notifications", "unlisted-notified");
		assertThat(browser.text(By.cssSelector("main .list-group"))).contains("사업자등록증을 확인했습니다");
		browser.open("/applications/" + waiting.value(), "unlisted-draft");
		browser.clickThrough(By.cssSelector("form[action$='/submit'] button[type=submit]"), "unlisted-submitted");
		assertThat(browser.text(By.cssSelector(".receipt-notice"))).startsWith("접수번호는 ");
		assertThat(browser.text(By.cssSelector(".page-heading .application-status"))).isEqualTo("접수");
	}

	private void signUpAs(BusinessRegistrationNumber number, String email, String company, String page) {
		browser.open("/register", page);
		browser.type(By.id("businessRegistrationNumber"), number.formatted());
		browser.type(By.id("companyName"), company);
		browser.type(By.id("representativeName"), "김대표");
		browser.type(By.id("phone"), "031-555-0199");
		new Select(browser.visible(By.id("industry"))).selectByValue("C");
		new Select(browser.visible(By.id("region"))).selectByValue("GYEONGGI");
		browser.type(By.id("employees"), "28");
		browser.type(By.id("annualRevenue"), "4,800,000,000");
		browser.type(By.id("foundedOn"), "03152013");
		browser.type(By.id("email"), email);
		browser.type(By.id("password"), JourneyFixtures.PASSWORD);
		browser.type(By.id("passwordConfirm"), JourneyFixtures.PASSWORD);
		browser.clickThrough(By.cssSelector("form[action$='/register'] button[type=submit]"), page + "-home");
		assertThat(browser.path()).isEqualTo("/");
	}

	/**
	 * Journey f. An SME that forgot its password asks for a link, reads it in the demo mailbox, chooses a new password
	 * with it and signs in; the old password and the used link open nothing any more. Each new page is read in
	 * English once too.
	 */
	@Test
	void anSmeThatForgotItsPasswordChoosesANewOneWithTheMailedLinkWhichThenNoLongerWorks() {
		browser.beginJourney("f-sme-resets-password");
		JourneyFixtures.Sme sme = fixtures.signedUpSme("(주)다온정밀");
		fixtures.noResetLinksAskedForLately();
		String newPassword = "노란 자전거가 언덕을 넘는다";

		browser.open("/login", "sign-in");
		browser.clickThrough(By.linkText("비밀번호를 잊으셨나요?"), "password-reset");
		browser.type(By.id("email"), sme.email());
		browser.clickThrough(By.cssSelector("form[action$='/password-reset'] button[type=submit]"), "password-reset-sent");
		assertThat(browser.path()).isEqualTo("/password-reset?sent");
		assertThat(browser.text(By.id("reset-sent"))).startsWith("이 주소를 쓰는 계정이 있으면");

		WebElement mail = newestMailTo(sme.email(), "[상생] 새 비밀번호 설정");
		String body = mail.findElement(By.cssSelector("pre.mail-body")).getText();
		assertThat(body).contains("님께,", sme.email(), "한 번만 쓸 수 있습니다");
		Matcher mailed = Pattern.compile("https?://[^/\\s]+(/password-reset/rst_\\S+)").matcher(body);
		assertThat(mailed.find()).as("the mail holds a reset link: %s", body).isTrue();
		String link = mailed.group(1);

		browser.open(link, "password-choose");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("새 비밀번호 정하기");
		assertThat(browser.text(By.id("link-account"))).isEqualTo(sme.email());
		choosePassword(newPassword, "노란 자전거가 언덕을 넘었다", "password-choose-mismatch");
		assertThat(errorNextTo("passwordConfirm")).isEqualTo("두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력해 주세요.");
		assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);

		browser.open(link + "?lang=en", "password-choose-english");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Choose a new password");
		choosePassword(newPassword, "노란 자전거가 언덕을 넘었다", "password-choose-mismatch-english");
		assertThat(errorNextTo("passwordConfirm")).isEqualTo("The two passwords differ. Type the same password twice.");
		browser.open(link + "?lang=ko", "password-choose");

		choosePassword(newPassword, newPassword, "password-chosen");
		assertThat(browser.path()).isEqualTo("/login?passwordChosen");
		assertThat(browser.text(By.cssSelector(".sign-in-card .alert[role=status]")))
			.isEqualTo("비밀번호를 저장했습니다. 새 비밀번호로 로그인하세요.");

		browser.type(By.id("username"), sme.email());
		browser.type(By.id("password"), JourneyFixtures.PASSWORD);
		browser.clickThrough(By.cssSelector("main form button[type=submit]"), "sign-in-old-password-refused");
		assertThat(browser.text(By.id("sign-in-error"))).isNotBlank();
		browser.signIn(sme.email(), newPassword);
		assertThat(browser.path()).isEqualTo("/");
		browser.signOut();

		browser.open(link, "password-link-used");
		assertThat(browser.text(By.id("link-invalid"))).startsWith("기한이 지났거나 이미 사용한 링크입니다.");
		assertThat(browser.all(By.id("password"))).as("no form to choose a password with").isEmpty();

		browser.open("/password-reset?sent&lang=en", "password-reset-sent-english");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Forgot your password?");
		assertThat(browser.text(By.id("reset-sent"))).startsWith("If an account uses this address");
		browser.open("/demo/mailbox", "mailbox-english");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Demo mailbox");
		browser.open(link, "password-link-used-english");
		assertThat(browser.text(By.id("link-invalid"))).startsWith("This link has expired or was used already.");
		browser.open("/login?passwordChosen", "password-chosen-english");
		assertThat(browser.text(By.cssSelector(".sign-in-card .alert[role=status]")))
			.isEqualTo("Your password is saved. Sign in with it.");
	}

	/**
	 * Types a new password and its confirmation on the page a mailed link opens, and saves them.
	 */
	private void choosePassword(String password, String confirmation, String page) {
		browser.type(By.id("password"), password);
		browser.type(By.id("passwordConfirm"), confirmation);
		browser.clickThrough(By.cssSelector("main form button[type=submit]"), page);
	}

	/**
	 * The newest mail to {@code address} in the demo mailbox, once it is the one titled {@code subject}: the mail is
	 * written after the request has been answered, so the mailbox is opened again until it is there.
	 */
	private WebElement newestMailTo(String address, String subject) {
		WebElement newest;
		try {
			newest = browser.waitFor(driver -> {
				driver.get(browser.url("/demo/mailbox"));
				return browser.all(By.cssSelector("article.mail-message"))
					.stream()
					.filter(mail -> mail.findElement(By.cssSelector(".mail-recipient")).getText().strip().equals(address))
					.findFirst()
					.filter(mail -> mail.findElement(By.tagName("h2")).getText().strip().equals(subject))
					.orElse(null);
			});
		}
		catch (TimeoutException notThere) {
			throw new AssertionError("The newest mail to " + address + " in the demo mailbox is not titled " + subject
					+ "; the mailbox shows: " + browser.all(By.cssSelector("article.mail-message"))
						.stream()
						.limit(5)
						.map(mail -> mail.findElement(By.cssSelector(".mail-recipient")).getText() + " / "
								+ mail.findElement(By.tagName("h2")).getText())
						.toList(), notThere);
		}
		browser.arrived("mailbox");
		return newest;
	}

	/**
	 * The caption of the application form's yearly cost table, read at once, as the table may be replaced any moment.
	 */
	private String yearlyCostsCaption() {
		return String.valueOf(browser.js("var caption = document.querySelector('#application-yearly-costs caption');"
				+ " return caption ? caption.textContent : '';"));
	}

	private void pay(String amount, String reference, String page) {
		browser.type(By.id("amountWon"), amount);
		browser.type(By.id("reference"), reference);
		browser.clickThrough(By.cssSelector("form[action$='/payments'] button[type=submit]"), page);
	}

	/**
	 * Capacity, committed, disbursed and remaining as the programme page shows them.
	 */
	private List<String> programmeFigures() {
		return browser.all(By.cssSelector(".programme-figures .amount-grid .fw-semibold"))
			.stream()
			.map(cell -> cell.getText().strip())
			.toList();
	}

	/**
	 * Capacity, committed, disbursed and remaining in won as GET /api/v1/programmes tells them.
	 */
	@SuppressWarnings("unchecked")
	private List<Long> openData(ProgrammeCode programme) {
		List<Map<String, Object>> programmes = (List<Map<String, Object>>) browser.fetchJson("/api/v1/programmes");
		Map<String, Object> found = programmes.stream()
			.filter(candidate -> programme.value().equals(candidate.get("code")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(programme + " is not in the open data"));
		return List.of(((Number) found.get("capacityWon")).longValue(), ((Number) found.get("committedWon")).longValue(),
				((Number) found.get("disbursedWon")).longValue(), ((Number) found.get("remainingWon")).longValue());
	}

	private List<String> dashboardCells(By row) {
		return browser.visible(row).findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList();
	}

	private String headlineDisbursed() {
		return browser.all(By.cssSelector(".dashboard-headline .amount-large")).get(2).getText();
	}

	@SuppressWarnings("unchecked")
	private long totalDisbursed() {
		Map<String, Object> statistics = (Map<String, Object>) browser.fetchJson("/api/v1/statistics");
		return ((Number) ((Map<String, Object>) statistics.get("total")).get("disbursedWon")).longValue();
	}

	/**
	 * The error shown with a field: the field says it is invalid and names the error, which stands right under it.
	 */
	private String errorNextTo(String fieldId) {
		WebElement field = browser.visible(By.id(fieldId));
		assertThat(field.getAttribute("aria-invalid")).as("%s aria-invalid", fieldId).isEqualTo("true");
		String errorId = fieldId + "-error";
		assertThat(field.getAttribute("aria-describedby")).as("%s aria-describedby", fieldId).contains(errorId);
		WebElement error = browser.visible(By.id(errorId));
		int gap = error.getRect().getY() - (field.getRect().getY() + field.getRect().getHeight());
		assertThat(gap).as("the error of %s stands right under it", fieldId).isBetween(0, 100);
		return error.getText();
	}

	private static String withWrongCheckDigit(BusinessRegistrationNumber number) {
		String digits = number.digits();
		int wrong = (digits.charAt(9) - '0' + 1) % 10;
		return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5, 9) + wrong;
	}

	/**
	 * Uploads, line by line of the checklist, each document the agreement requires, issued today.
	 */
	private void uploadRequiredDocuments(String journey) throws IOException {
		String today = LocalDate.now(SeoulTime.ZONE).toString();
		for (String type : List.of("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID", "LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS")) {
			browser.attach(By.id("file-" + type), Files.write(files.resolve(type.toLowerCase(Locale.ROOT) + ".pdf"),
					JourneyFixtures.PDF));
			browser.js("document.getElementById(arguments[0]).value = arguments[1];", "issued-" + type, today);
			browser.clickThrough(By.cssSelector("form[action$='/slots/" + type + "'] button[type=submit]"),
					journey + "-document-" + type.toLowerCase(Locale.ROOT));
		}
	}

}

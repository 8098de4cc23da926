package kr.sangsaeng.journeys;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a journey starts: programmes, SMEs and applications that no other test uses, made through the modules'
 * services so that the steps a person takes in the browser begin from a real state.
 */
final class JourneyFixtures {

	static final String PASSWORD = "maple river compass 42";

	static final byte[] PDF = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	/** The first bytes of a PNG picture, as a phone's photo of a certificate begins. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
			0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	private final ProgrammeAdministration administration;

	private final CompanyProfiles profiles;

	private final GuaranteeApplications applications;

	private final ReviewDecisions decisions;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	JourneyFixtures(ProgrammeAdministration administration, CompanyProfiles profiles,
			GuaranteeApplications applications, ReviewDecisions decisions, Accounts accounts, JdbcClient jdbc) {
		this.administration = administration;
		this.profiles = profiles;
		this.applications = applications;
		this.decisions = decisions;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * An open KODIT programme lent by Woori Bank to manufacturers and wholesalers, at most 1 billion won per SME.
	 */
	ProgrammeCode openProgramme(Won capacity, Won fourEyesThreshold) {
		ProgrammeCode code = TestProgrammes.uniqueCode("JR");
		administration.create(code, TestProgrammes.draft(Won.of(1_000_000_000), fourEyesThreshold), capacity, "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * Gives the programme's agreements the document checklist of the seeded Hyundai·Kia agreement with KODIT, so that
	 * an SME uploads each required document against its line.
	 */
	void requireSeededDocuments(ProgrammeCode programme) {
		jdbc.sql("delete from agreement_document_requirement r using agreement a join programme p on p.id = a.programme_id "
				+ "where r.agreement_code = a.code and p.code = :programme")
			.param("programme", programme.value())
			.update();
		jdbc.sql("insert into agreement_document_requirement (agreement_code, document_type, required, max_age_days, "
				+ "illustrative) select a.code, r.document_type, r.required, r.max_age_days, r.illustrative "
				+ "from agreement a join programme p on p.id = a.programme_id "
				+ "cross join agreement_document_requirement r "
				+ "where p.code = :programme and r.agreement_code = 'HMG-KB-WOORI-KODIT'")
			.param("programme", programme.value())
			.update();
	}

	/**
	 * An SME that signed up in Korean (a manufacturer in Gyeonggi), so that its mail is Korean, and signs in with its
	 * email and {@link #PASSWORD}.
	 */
	Sme signedUpSme(String companyName) {
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		String email = "finance." + number.digits() + "@journey.example";
		SignedInUser user;
		LocaleContextHolder.setLocale(Locale.KOREAN);
		try {
			user = profiles.register(new CompanySignUp(number, email, PASSWORD,
					new CompanyDetails(new LocalizedName(companyName, companyName), "이정밀", IndustrySection.C,
							Region.GYEONGGI, 37, Won.of(6_400_000_000L), LocalDate.of(2011, 4, 11), "031-555-0142")));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		accounts.verifyOwnership(user.organisation().id());
		return new Sme(email, number, companyName,
				new Applicant(user.organisation().id(), number.digits(), companyName, user.getUsername()));
	}

	/**
	 * The company that signed up with {@code number} proved it is its own, as a code from the partner list's contact
	 * or a checked registration certificate would prove it.
	 */
	void verifyOwnership(BusinessRegistrationNumber number) {
		long organisationId = jdbc.sql("select organisation_id from company_profile where business_registration_number = :number")
			.param("number", number.digits())
			.query(Long.class)
			.single();
		accounts.verifyOwnership(organisationId);
	}

	/**
	 * Puts {@code number} on Hyundai Motor's partner list with {@code contact} as the company's contact address.
	 */
	void listWithContact(BusinessRegistrationNumber number, String contact) {
		jdbc.sql("insert into partner (funder_code, business_number, company_name, tier, created_by, updated_by, "
				+ "contact_email) values ('HYUNDAI', :number, '(주)진짜정밀', 1, 'journey', 'journey', :contact)")
			.param("number", number.digits())
			.param("contact", contact)
			.update();
	}

	/**
	 * The draft of the company that signed up with {@code email}, with its business plan, to {@code programme}.
	 */
	ApplicationId draftOf(String email, BusinessRegistrationNumber number, ProgrammeCode programme) {
		long organisationId = jdbc.sql("select organisation_id from user_account where username = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		Applicant applicant = new Applicant(organisationId, number.digits(), "(주)가짜정밀", email);
		ApplicationId id = applications.startDraft(applicant, programme, TestSmes.content(Won.of(100_000_000)));
		TestChecklists.complete(applications, applicant, id, TestSmes.businessPlan());
		return id;
	}

	/**
	 * The SME's draft for {@code amount} from Woori Bank, with its business plan attached.
	 */
	ApplicationId draft(Sme sme, ProgrammeCode programme, Won amount) {
		ApplicationId id = applications.startDraft(sme.applicant(), programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "프레스 설비를 들여 납품 물량을 늘리고 늘어난 매출로 상환합니다."));
		TestChecklists.complete(applications, sme.applicant(), id, new UploadedDocument("사업계획서.pdf", "application/pdf", PDF));
		return id;
	}

	/**
	 * The SME's application for {@code amount} from Woori Bank, with its business plan attached, submitted.
	 */
	ApplicationId submitted(Sme sme, ProgrammeCode programme, Won amount) {
		ApplicationId id = applications.startDraft(sme.applicant(), programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode("WOORI"), "프레스 설비를 들여 납품 물량을 늘리고 늘어난 매출로 상환합니다."));
		TestChecklists.complete(applications, sme.applicant(), id, new UploadedDocument("사업계획서.pdf", "application/pdf", PDF));
		applications.submit(sme.applicant(), id);
		return id;
	}

	/**
	 * A new SME's loan of {@code amount} from Woori Bank, approved and guaranteed by KODIT today.
	 */
	ApplicationId guaranteedLoan(ProgrammeCode programme, Won amount) {
		ApplicationId id = submitted(signedUpSme("(주)대한볼트 " + Long.toString(System.nanoTime() % 100_000)),
				programme, amount);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id, version(id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "납품 실적 확인, 승인");
		return id;
	}

	/**
	 * No reset link was asked for lately from this machine: other tests' requests, which come from the same loopback
	 * address as the browser's, no longer count against the ten a client address may make in a quarter of an hour.
	 */
	void noResetLinksAskedForLately() {
		jdbc.sql("delete from password_reset_request").update();
	}

	long version(ApplicationId id) {
		return TestSmes.version(applications, id);
	}

	/**
	 * The sign-in of the SME that {@link #signedUpSme} made for the application.
	 */
	String smeEmailOf(ApplicationId id) {
		return "finance." + applications.details(id).orElseThrow().application().businessNumber() + "@journey.example";
	}

	String businessNumberOf(ApplicationId id) {
		return applications.details(id).orElseThrow().application().formattedBusinessNumber();
	}

	String status(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	record Sme(String email, BusinessRegistrationNumber number, String companyName, Applicant applicant) {
	}

}

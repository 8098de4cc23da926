package kr.sangsaeng.applications;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SMEs that no other test uses: an organisation with a valid business number and a complete company profile
 * (a manufacturer in Gyeonggi), optionally on a funder's partner list.
 */
public final class TestSmes {

	private TestSmes() {
	}

	public static Applicant newSme(JdbcClient jdbc) {
		String number = validBusinessNumber();
		long organisationId = registerCompany(jdbc, number);
		return new Applicant(organisationId, number, "시험기업 " + number, "owner-" + number + "@example.kr");
	}

	/**
	 * Opens the SME's account as sign-up does: it signs in and gets its mail at its address, in {@code language}.
	 */
	public static void openAccount(JdbcClient jdbc, Applicant sme, String passwordHash, String name, String language) {
		jdbc.sql("insert into user_account (username, email, password_hash, display_name, role, organisation_id, "
				+ "language) values (:username, :username, :hash, :name, 'SME_APPLICANT', :organisation, :language)")
			.param("username", sme.username())
			.param("hash", passwordHash)
			.param("name", name)
			.param("organisation", sme.organisationId())
			.param("language", language)
			.update();
	}

	/**
	 * The SME's application to POSCO-IBK-KSURE with its business plan, submitted.
	 */
	public static ApplicationId submitted(GuaranteeApplications applications, Applicant sme) {
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"),
				content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, businessPlan());
		applications.submit(sme, id);
		return id;
	}

	public static long registerCompany(JdbcClient jdbc, String number) {
		long organisationId = jdbc
			.sql("insert into organisation (kind, code, name_ko, name_en) values ('SME', :code, :name, :name) "
					+ "returning id")
			.param("code", number)
			.param("name", "시험기업 " + number)
			.query(Long.class)
			.single();
		jdbc.sql("insert into company_profile (organisation_id, business_registration_number, name_ko, name_en, "
				+ "representative_name, industry_section, region, employees, annual_revenue_won, founded_on, phone, "
				+ "email) values (:organisation, :number, :name, :name, '김대표', 'C', 'GYEONGGI', 40, 9000000000, "
				+ "date '2012-03-02', '031-123-4567', :email)")
			.param("organisation", organisationId)
			.param("number", number)
			.param("name", "시험기업 " + number)
			.param("email", "owner-" + number + "@example.kr")
			.update();
		return organisationId;
	}

	public static void addPartner(JdbcClient jdbc, String funderCode, String number, int tier) {
		jdbc.sql("insert into partner (funder_code, business_number, company_name, tier, created_by, updated_by) "
				+ "values (:funder, :number, :name, :tier, 'test', 'test')")
			.param("funder", funderCode)
			.param("number", number)
			.param("name", "시험기업 " + number)
			.param("tier", tier)
			.update();
	}

	/**
	 * The version a reviewer sees when they open the application now.
	 */
	public static long version(GuaranteeApplications applications, ApplicationId id) {
		return applications.details(id).orElseThrow().application().version();
	}

	public static String validBusinessNumber() {
		while (true) {
			String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
			if (nine.startsWith("00", 3)) {
				continue;
			}
			for (int check = 0; check < 10; check++) {
				if (BusinessRegistrationNumber.isValid(nine + check)) {
					return nine + check;
				}
			}
		}
	}

	/**
	 * A business plan to attach: an application is submitted only with at least one document.
	 */
	public static UploadedDocument businessPlan() {
		return new UploadedDocument("사업계획서.pdf", "application/pdf",
				"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
	}

	public static ApplicationContent content(Won amount) {
		return new ApplicationContent(amount, LoanPurpose.WORKING_CAPITAL, 24, new BankCode("IBK"),
				"원자재 구매 자금으로 수출 물량을 늘리고 매출로 상환합니다.");
	}

}

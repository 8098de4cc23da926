package kr.sangsaeng;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What tests over HTTP start from: SMEs that can sign in, open KODIT programmes lent by Woori, an application's
 * content and a small PDF.
 */
public final class SampleData {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final ProgrammeAdministration administration;

	private final CapacityLedger ledger;

	public SampleData(JdbcClient jdbc, PasswordEncoder passwordEncoder, ProgrammeAdministration administration) {
		this(jdbc, passwordEncoder, administration, null);
	}

	/**
	 * Sample data that also sets up programmes of several agreements, whose capacity goes through {@code ledger}.
	 */
	public SampleData(JdbcClient jdbc, PasswordEncoder passwordEncoder, ProgrammeAdministration administration,
			CapacityLedger ledger) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.administration = administration;
		this.ledger = ledger;
	}

	/** An SME with a complete profile and an account that signs in with its email and {@code password}. */
	public Applicant smeWithAccount(String password) {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.openAccount(jdbc, sme, passwordEncoder.encode(password), "김대표", "ko");
		return sme;
	}

	/** An SME with a complete profile that nobody signs in for. */
	public Applicant smeWithoutAccount() {
		return TestSmes.newSme(jdbc);
	}

	/** A programme open for applications up to 1 billion won, each above {@code fourEyesThreshold} needing two people. */
	public ProgrammeCode openProgramme(String prefix, Won fourEyesThreshold) {
		ProgrammeCode code = draftProgramme(prefix, fourEyesThreshold);
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	public ProgrammeCode openProgramme(String prefix) {
		return openProgramme(prefix, Won.of(1_000_000_000));
	}

	/**
	 * A programme open for applications carried by an agreement of each of {@code agencies} (the first leads), each
	 * with 10 billion won of capacity, lent by Woori: KIBO's for technology firms, K-SURE's for exporters.
	 */
	public ProgrammeCode openProgrammeOfAgreements(String prefix, String... agencies) {
		ProgrammeCode code = draftProgrammeOfAgreements(prefix, agencies);
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * The same as a draft.
	 */
	public ProgrammeCode draftProgrammeOfAgreements(String prefix, String... agencies) {
		ProgrammeCode code = TestProgrammes.uniqueCode(prefix);
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of(agencies),
				draft.bankCodes(), draft.funders(), draft.terms()), Won.of(10_000_000_000L), "admin");
		jdbc.sql("update agreement set eligibility = case agency_code when 'KIBO' then 'TECHNOLOGY' "
				+ "when 'K-SURE' then 'EXPORTER' else 'ANY' end where code like :prefix")
			.param("prefix", code.value() + "-%")
			.update();
		for (int i = 1; i < agencies.length; i++) {
			ledger.change(new AgreementCode(code.value() + "-" + agencies[i]), CapacityChange.INCREASE,
					Won.of(10_000_000_000L), "협약 출연", "admin");
		}
		return code;
	}

	public ProgrammeCode draftProgramme(String prefix, Won fourEyesThreshold) {
		ProgrammeCode code = TestProgrammes.uniqueCode(prefix);
		administration.create(code, TestProgrammes.draft(Won.of(500_000_000), fourEyesThreshold),
				Won.of(10_000_000_000L), "admin");
		return code;
	}

	/** The sign-up form of a manufacturer in Gyeongnam, filled in as a new SME owner fills it in. */
	public static Map<String, String> signUpForm(String number, String companyName, String representativeName,
			String email, String password) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("businessRegistrationNumber", number);
		fields.put("companyName", companyName);
		fields.put("representativeName", representativeName);
		fields.put("email", email);
		fields.put("password", password);
		fields.put("passwordConfirm", password);
		fields.put("industry", "C");
		fields.put("region", "GYEONGNAM");
		fields.put("employees", "42");
		fields.put("annualRevenue", "7,300,000,000");
		fields.put("foundedOn", "2014-05-20");
		fields.put("phone", "055-123-4567");
		return fields;
	}

	public static ApplicationContent content() {
		return new ApplicationContent(Won.of(100_000_000), LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"),
				"원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다.");
	}

	public static UploadedDocument pdf() {
		return new UploadedDocument("사업계획서.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

}

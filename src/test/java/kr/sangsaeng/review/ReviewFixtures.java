package kr.sangsaeng.review;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open KODIT programmes and submitted applications that no other test uses, and the staff who review them.
 */
final class ReviewFixtures {

	private final ProgrammeAdministration administration;

	private final GuaranteeApplications applications;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	ReviewFixtures(ProgrammeAdministration administration, GuaranteeApplications applications, Accounts accounts,
			JdbcClient jdbc) {
		this.administration = administration;
		this.applications = applications;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * An open KODIT programme lent by Woori: ratio 100 % (80–100 %), fee 1 % (0.5–2 %).
	 */
	ProgrammeCode openProgramme(Won capacity, Won fourEyesThreshold) {
		ProgrammeCode code = TestProgrammes.uniqueCode("RV");
		administration.create(code, TestProgrammes.draft(Won.of(50_000_000_000L), fourEyesThreshold), capacity,
				"admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * A new SME's application for {@code amount}, submitted and waiting in the queue.
	 */
	ApplicationId submitted(ProgrammeCode programme, Won amount) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		return id;
	}

	long version(ApplicationId id) {
		return TestSmes.version(applications, id);
	}

	SignedInUser staff(String username) {
		return accounts.account(username).orElseThrow();
	}

	/**
	 * Another KODIT approver, so that one can recommend and the other confirm.
	 */
	SignedInUser secondKoditApprover() {
		String username = "kodit.approver." + Long.toString(System.nanoTime(), 36);
		jdbc.sql("insert into user_account (username, password_hash, display_name, role, organisation_id) "
				+ "select :username, 'not-for-signing-in', '박결재', 'AGENCY_APPROVER', id from organisation "
				+ "where code = 'KODIT'")
			.param("username", username)
			.update();
		return staff(username);
	}

	String status(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

}

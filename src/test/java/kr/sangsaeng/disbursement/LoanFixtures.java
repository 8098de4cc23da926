package kr.sangsaeng.disbursement;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Guaranteed loans of Woori Bank in programmes no other test uses.
 */
@Component
class LoanFixtures {

	private final ProgrammeAdministration administration;

	private final GuaranteeApplications applications;

	private final ReviewDecisions decisions;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final CertificateDeliveries deliveries;

	LoanFixtures(ProgrammeAdministration administration, GuaranteeApplications applications,
			ReviewDecisions decisions, Accounts accounts, JdbcClient jdbc, CertificateDeliveries deliveries) {
		this.deliveries = deliveries;
		this.administration = administration;
		this.applications = applications;
		this.decisions = decisions;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	ProgrammeCode programme(Won capacity) {
		ProgrammeCode code = TestProgrammes.uniqueCode("LN");
		administration.create(code, TestProgrammes.draft(Won.of(50_000_000_000L), Won.of(50_000_000_000L)), capacity,
				"admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * A new SME's loan of {@code amount} from Woori Bank (or the bank given), approved and guaranteed by KODIT today,
	 * its agreement accepted, its fee paid and its certificate acknowledged by the bank: ready to be paid out.
	 */
	ApplicationId guaranteedLoan(ProgrammeCode programme, Won amount) {
		return guaranteedLoan(programme, amount, "WOORI");
	}

	ApplicationId guaranteedLoan(ProgrammeCode programme, Won amount, String bankCode) {
		ApplicationId id = approvedLoan(programme, amount, bankCode);
		deliveries.readyToPay(id);
		return id;
	}

	/**
	 * A new SME's loan just approved: the SME has yet to accept the agreement, no certificate reached the bank.
	 */
	ApplicationId approvedLoan(ProgrammeCode programme, Won amount, String bankCode) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode(bankCode), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		applications.addDocument(sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id, TestSmes.version(applications, id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		return id;
	}

	String applicationStatus(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

}

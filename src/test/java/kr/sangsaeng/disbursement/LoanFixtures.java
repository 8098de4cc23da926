package kr.sangsaeng.disbursement;

import java.time.Clock;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
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

	private final Loans loans;

	private final Clock clock;

	LoanFixtures(ProgrammeAdministration administration, GuaranteeApplications applications,
			ReviewDecisions decisions, Accounts accounts, JdbcClient jdbc, CertificateDeliveries deliveries, Loans loans,
			Clock clock) {
		this.deliveries = deliveries;
		this.loans = loans;
		this.clock = clock;
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
	 * A new SME's loan of {@code amount} from Woori Bank in a programme of its own, guaranteed and paid out in full
	 * today by the bank's officer.
	 */
	ApplicationId paidOutLoan(Won amount) {
		ApplicationId id = guaranteedLoan(programme(Won.of(10_000_000_000L)), amount);
		loans.pay(new BankCode("WOORI"), id, amount, SeoulTime.today(clock), "WR-" + id.value(),
				Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		return id;
	}

	/**
	 * A loan paid out as {@link #paidOutLoan(Won)}, guaranteed at {@code ratioPercent}.
	 */
	ApplicationId paidOutLoan(Won amount, int ratioPercent) {
		ApplicationId id = paidOutLoan(amount);
		jdbc.sql("update loan set guarantee_ratio_percent = :ratio where application_id = :id")
			.param("ratio", ratioPercent)
			.param("id", id.value())
			.update();
		return id;
	}

	/**
	 * A new SME's loan just approved: the SME has yet to accept the agreement, no certificate reached the bank.
	 */
	ApplicationId approvedLoan(ProgrammeCode programme, Won amount, String bankCode) {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.FACILITIES, 36, new BankCode(bankCode), "설비 도입 자금으로 생산 능력을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		applications.submit(sme, id);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), id, TestSmes.version(applications, id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		return id;
	}

	/**
	 * A new SME's loan of {@code amount} from Woori Bank, guaranteed at {@code ratioPercent}, paid out in full
	 * a month ago and reported in default by the bank.
	 */
	ApplicationId defaultedLoan(ProgrammeCode programme, Won amount, int ratioPercent) {
		ApplicationId id = guaranteedLoan(programme, amount);
		jdbc.sql("update loan set guarantee_ratio_percent = :ratio, issued_at = issued_at - interval '60 days' "
				+ "where application_id = :id")
			.param("ratio", ratioPercent)
			.param("id", id.value())
			.update();
		Actor officer = Actor.person("woori.officer", Role.BANK_OFFICER);
		loans.pay(new BankCode("WOORI"), id, amount, SeoulTime.today(clock).minusDays(30), "WR-" + id.value(),
				officer, DisbursementChannel.PAGE);
		loans.defaulted(new BankCode("WOORI"), id, officer);
		return id;
	}

	String applicationStatus(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

}

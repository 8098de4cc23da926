package kr.sangsaeng.dashboard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import kr.sangsaeng.CertificateDeliveries;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.LoanPurpose;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;

/**
 * A KODIT programme of its own for a test, and SMEs that apply to it as the test describes them.
 */
final class DashboardFixtures {

	private final ProgrammeAdministration administration;

	private final CapacityLedger ledger;

	private final GuaranteeApplications applications;

	private final ReviewDecisions decisions;

	private final Loans loans;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final CertificateDeliveries deliveries;

	DashboardFixtures(ApplicationContext context) {
		this.deliveries = context.getBean(CertificateDeliveries.class);
		this.administration = context.getBean(ProgrammeAdministration.class);
		this.ledger = context.getBean(CapacityLedger.class);
		this.applications = context.getBean(GuaranteeApplications.class);
		this.decisions = context.getBean(ReviewDecisions.class);
		this.loans = context.getBean(Loans.class);
		this.accounts = context.getBean(Accounts.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/**
	 * An open KODIT programme lent by {@code banks} and funded by {@code funders}, named {@code name} in both
	 * languages.
	 */
	ProgrammeCode programme(String name, List<String> banks, List<String> funders) {
		return programme(name, banks, funders, Won.of(50_000_000_000L));
	}

	/**
	 * The same, where approvals above {@code fourEyesThreshold} need a second person.
	 */
	ProgrammeCode programme(String name, List<String> banks, List<String> funders, Won fourEyesThreshold) {
		return programme(name, banks, funders, fourEyesThreshold, List.of("KODIT"));
	}

	/**
	 * The same, carried by an agreement of each of {@code agencies} (the first leads), each with 100 billion won of
	 * capacity and admitting any company.
	 */
	ProgrammeCode programme(String name, List<String> banks, List<String> funders, Won fourEyesThreshold,
			List<String> agencies) {
		ProgrammeCode code = TestProgrammes.uniqueCode("DB");
		ProgrammeDraft template = TestProgrammes.draft(Won.of(5_000_000_000L), fourEyesThreshold);
		ProgrammeTerms terms = template.terms();
		// open to every industry: the SMEs of a breakdown come from all of them, and each must still be eligible
		// when it submits
		ProgrammeTerms everyIndustry = new ProgrammeTerms(terms.minLoan(), terms.maxLoan(), terms.maxLoanLowerTier(),
				terms.maxTermMonths(), terms.guaranteeRatio(), terms.guaranteeFee(), terms.limits(), terms.feeSubsidy(),
				terms.ratePreferencePoints(), terms.fourEyesThreshold(), terms.opensAt(), terms.closesAt(),
				terms.partnerListRequired(), EnumSet.allOf(IndustrySection.class));
		ProgrammeDraft draft = new ProgrammeDraft(new LocalizedName(name, name), template.description(), agencies,
				banks, funders.stream().map(funder -> new ProgrammeDraft.FunderShare(funder, null)).toList(),
				everyIndustry);
		administration.create(code, draft, Won.of(100_000_000_000L), "admin");
		for (String agency : agencies.subList(1, agencies.size())) {
			ledger.change(new AgreementCode(code.value() + "-" + agency), CapacityChange.INCREASE,
					Won.of(100_000_000_000L), "협약 출연", "admin");
		}
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

	/**
	 * An SME as it was when it applied: where, what, how large, and on which funder's list at which tier
	 * ({@code funder} {@code null} for none).
	 */
	record Sme(String region, String industry, int employees, String funder, int tier) {

		static Sme in(String region) {
			return new Sme(region, "C", 40, null, 0);
		}

	}

	Applicant sme(Sme sme) {
		Applicant applicant = TestSmes.newSme(jdbc);
		jdbc.sql("update company_profile set region = :region, industry_section = :industry, employees = :employees "
				+ "where organisation_id = :organisation")
			.param("region", sme.region())
			.param("industry", sme.industry())
			.param("employees", sme.employees())
			.param("organisation", applicant.organisationId())
			.update();
		if (sme.funder() != null) {
			TestSmes.addPartner(jdbc, sme.funder(), applicant.businessNumber(), sme.tier());
		}
		return applicant;
	}

	ApplicationId submitted(ProgrammeCode programme, Applicant applicant, String bank, Won amount) {
		ApplicationId id = applications.startDraft(applicant, programme, new ApplicationContent(amount,
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode(bank), "원자재 구매 자금으로 생산을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, applicant, id, TestSmes.businessPlan());
		applications.submit(applicant, id);
		return id;
	}

	ApplicationId submitted(ProgrammeCode programme, Sme sme, String bank, Won amount) {
		return submitted(programme, sme(sme), bank, amount);
	}

	void approve(ApplicationId id, Won amount) {
		decisions.approve(reviewer(), id, TestSmes.version(applications, id),
				new ApprovalTerms(amount, Percentage.of("100"), Percentage.of("1"), null), "승인");
		if (loans.ofApplication(id).isPresent()) {
			deliveries.readyToPay(id);
		}
	}

	void reject(ApplicationId id) {
		decisions.reject(reviewer(), id, TestSmes.version(applications, id), RejectionReason.CREDIT,
				"신용도가 기준에 미치지 못합니다.", "거절");
	}

	void pay(String bank, ApplicationId id, Won amount) {
		loans.pay(new BankCode(bank), id, amount, LocalDate.now(SeoulTime.ZONE), "DB-" + id.value() + "-" + amount.value(),
				Actor.person(bank.toLowerCase() + ".officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
	}

	/**
	 * Moves an application's submission back by {@code days}.
	 */
	void submittedDaysAgo(ApplicationId id, int days) {
		jdbc.sql("update guarantee_application set submitted_at = submitted_at - make_interval(days => :days) "
				+ "where id = :id")
			.param("days", days)
			.param("id", id.value())
			.update();
	}

	private SignedInUser reviewer() {
		return accounts.account("kodit.reviewer").orElseThrow();
	}

}

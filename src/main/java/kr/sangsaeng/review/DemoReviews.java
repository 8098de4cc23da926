package kr.sangsaeng.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import kr.sangsaeng.applications.ApplicationStatus;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.AgencyCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of agency review: a guarantee for every demo application approved before review existed, issued on
 * its approval day on the programme's default terms, and a few large approvals that reviewers recommended and
 * that wait in the approvers' inboxes.
 */
@Component
@Profile("demo")
@Order(60)
class DemoReviews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

	private static final int RECOMMENDATIONS_PER_AGENCY = 3;

	private static final String DEMO_SME = "3148605193";

	private final GuaranteeApplications applications;

	private final ProgrammeCatalogue catalogue;

	private final Guarantees guarantees;

	private final ReviewHistory history;

	private final ReviewDecisions decisions;

	private final Accounts accounts;

	private final GuaranteeAgreements agreements;

	DemoReviews(GuaranteeApplications applications, ProgrammeCatalogue catalogue, Guarantees guarantees,
			ReviewHistory history, ReviewDecisions decisions, Accounts accounts, GuaranteeAgreements agreements) {
		this.agreements = agreements;
		this.applications = applications;
		this.catalogue = catalogue;
		this.guarantees = guarantees;
		this.history = history;
		this.decisions = decisions;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<ProgrammeCode> programmes = catalogue.all().stream().map(ProgrammeSummary::code).toList();
		List<ApplicationView> approved = applications.withStatus(ApplicationStatus.APPROVED, programmes)
			.stream()
			.filter(application -> application.approvedAmount() != null)
			.filter(application -> guarantees.ofApplication(application.id()).isEmpty())
			.toList();
		if (approved.isEmpty()) {
			return;
		}
		for (ApplicationView application : approved) {
			ProgrammeSummary programme = programme(application);
			AgencyCode agency = new AgencyCode(programme.leadAgency().code());
			String approver = agency.value().equals("K-SURE") ? "ksure.approver" : "kodit.approver";
			ApprovalTerms terms = new ApprovalTerms(application.approvedAmount(), programme.terms().guaranteeRatio(),
					programme.terms().guaranteeFee(), null);
			history.record(application.id(), agency,
					new ReviewAction("APPROVED", null, "재무 상태와 납품 실적을 확인했습니다. 기본 조건으로 승인합니다.", null,
							terms.amount(), terms.ratio(), terms.feeRate(), null, null, Actor.person(approver, Role.AGENCY_APPROVER),
							application.decidedAt()));
			guarantees.issue(application, agency, terms, null, approver,
					application.decidedAt().truncatedTo(ChronoUnit.MICROS));
			agreeAndPay(application);
		}
		log.info("Issued guarantees for {} demo approvals", approved.size());
		recommend("kodit.reviewer", programmes);
		recommend("ksure.reviewer", programmes);
	}

	/**
	 * Most companies accepted the agreement an hour after approval and paid the fee an hour later, so that their
	 * certificate went to the bank; some have yet to accept or to pay. The demo SME people sign in as has done both.
	 */
	private void agreeAndPay(ApplicationView application) {
		int roll = DEMO_SME.equals(application.businessNumber()) ? 99
				: new Random(application.id().value() * 104_729L).nextInt(100);
		if (roll < 8 || application.representativeName() == null) {
			return;
		}
		Instant decided = application.decidedAt().truncatedTo(ChronoUnit.MICROS);
		String username = DEMO_SME.equals(application.businessNumber()) ? "sme.demo" : "demo.representative";
		agreements.accept(application, application.representativeName(), Locale.KOREAN, username, "203.0.113.10",
				decided.plus(1, ChronoUnit.HOURS));
		if (roll < 14) {
			return;
		}
		agreements.recordFeePaid(application, username, decided.plus(2, ChronoUnit.HOURS));
	}

	/**
	 * The reviewer recommends the largest applications they work on that need a second approver.
	 */
	private void recommend(String reviewerName, List<ProgrammeCode> programmes) {
		SignedInUser reviewer = accounts.account(reviewerName).orElseThrow();
		applications.withStatus(ApplicationStatus.UNDER_REVIEW, programmes)
			.stream()
			.filter(application -> reviewerName.equals(application.assignee()))
			.filter(application -> application.amount()
				.isGreaterThan(programme(application).terms().fourEyesThreshold()))
			.filter(application -> !application.amount().isGreaterThan(programme(application).remaining()))
			.limit(RECOMMENDATIONS_PER_AGENCY)
			.forEach(application -> decisions.approve(reviewer, application.id(), application.version(),
					new ApprovalTerms(application.amount(), programme(application).terms().guaranteeRatio(),
							programme(application).terms().guaranteeFee(), "연 1회 재무제표 제출"),
					"매출과 수주 잔고가 꾸준히 늘고 있어 신청 금액 전액 승인을 추천합니다."));
	}

	private ProgrammeSummary programme(ApplicationView application) {
		return catalogue.find(application.programmeCode()).orElseThrow();
	}

}

package kr.sangsaeng.applications;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo SME's applications, in several states, created once at start-up (profile {@code demo} only): an
 * approved guarantee, an application on which the agency asked for more information, a draft, and an older
 * withdrawn one.
 */
@Component
@Profile("demo")
@Order(50)
class DemoApplications implements ApplicationRunner {

	static final String DEMO_SME = "3148605193";

	static final String DEMO_USER = "sme.demo";

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

	private static final byte[] DEMO_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private final GuaranteeApplications applications;

	private final GuaranteeApplicationRepository repository;

	private final CapacityLedger ledger;

	private final Accounts accounts;

	DemoApplications(GuaranteeApplications applications, GuaranteeApplicationRepository repository,
			CapacityLedger ledger, Accounts accounts) {
		this.applications = applications;
		this.repository = repository;
		this.ledger = ledger;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<OrganisationRef> organisation = accounts.organisation(DEMO_SME);
		if (organisation.isEmpty() || !repository.findByOrganisation(organisation.get().id()).isEmpty()) {
			return;
		}
		Applicant sme = new Applicant(organisation.get().id(), DEMO_SME, organisation.get().name().korean(),
				DEMO_USER);

		ApplicationId withdrawn = applications.startDraft(sme, "HMG-KB-WOORI", new ApplicationContent(
				Won.of(500_000_000), LoanPurpose.FACILITIES, 48, "KB", "도장 라인 자동화 설비 도입 (계획 변경으로 철회)"));
		applications.withdraw(sme, withdrawn);

		ApplicationId approved = applications.startDraft(sme, "POSCO-IBK-KSURE", new ApplicationContent(
				Won.of(600_000_000), LoanPurpose.EXPORT, 24, "IBK",
				"북미 완성차 업체 수출용 강판 가공 부품 생산 확대. 원자재(냉연 강판) 선구매 자금으로 쓰고 수출 대금으로 상환합니다."));
		applications.addDocument(sme, approved, new UploadedDocument("수출계약서.pdf", "application/pdf", DEMO_PDF));
		applications.submit(sme, approved);
		applications.startReview(approved, "ksure.reviewer", "AGENCY_REVIEWER");
		Won granted = Won.of(500_000_000);
		ledger.reserve(new ProgrammeCode("POSCO-IBK-KSURE"), approved, granted);
		applications.approve(approved, granted, "ksure.approver", "AGENCY_APPROVER");

		ApplicationId asked = applications.startDraft(sme, "HMG-KB-WOORI", new ApplicationContent(
				Won.of(800_000_000), LoanPurpose.WORKING_CAPITAL, 36, "WOORI",
				"현대자동차 1차 협력사로서 전기차 배터리 케이스 부품 증산에 필요한 원자재 구매 자금입니다. "
						+ "2027년 납품 계약 물량 증가분의 매출로 36개월 동안 분할 상환합니다."));
		applications.addDocument(sme, asked, new UploadedDocument("사업계획서.pdf", "application/pdf", DEMO_PDF));
		applications.addDocument(sme, asked, new UploadedDocument("재무제표_2025.pdf", "application/pdf", DEMO_PDF));
		applications.submit(sme, asked);
		applications.startReview(asked, "kodit.reviewer", "AGENCY_REVIEWER");
		applications.requestInformation(asked,
				"현대자동차와 맺은 2027년 납품 계약서 사본과 최근 3개월 부가가치세 과세표준증명을 올려 주세요.",
				"kodit.reviewer", "AGENCY_REVIEWER");

		applications.startDraft(sme, "POSCO-IBK-KSURE", new ApplicationContent(Won.of(200_000_000),
				LoanPurpose.WORKING_CAPITAL, 12, "IBK", "수출 물량 증가에 따른 단기 운전자금 (작성 중)"));
		log.info("Created the demo SME's applications");
	}

}

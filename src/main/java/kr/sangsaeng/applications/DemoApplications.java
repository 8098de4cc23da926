package kr.sangsaeng.applications;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import kr.sangsaeng.company.CompanyProfile;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.PartnerRegistry;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applications, created once at start-up (profile {@code demo} only): the demo SME's in several states
 * (an approved guarantee, an application on which the agency asked for more information, a draft, an older
 * withdrawn one), and those of a few hundred other demo companies across the three programmes.
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

	private static final Map<String, String> DEMO_FILE_NAMES = Map.of("BUSINESS_REGISTRATION", "사업자등록증.pdf",
			"NATIONAL_TAX_PAID", "국세납세증명서.pdf", "LOCAL_TAX_PAID", "지방세납세증명서.pdf", "FINANCIAL_STATEMENTS",
			"재무제표_2025.pdf");

	static final int DEMO_COMPANIES = 340;

	private static final Set<String> HMG_FUNDERS = Set.of("HYUNDAI", "KIA", "WOORI", "KB");

	private static final LoanPurpose[] PURPOSES = { LoanPurpose.WORKING_CAPITAL, LoanPurpose.WORKING_CAPITAL,
			LoanPurpose.FACILITIES, LoanPurpose.EXPORT };

	private static final String[] PLANS = { "원자재 가격 상승에 대비한 원자재 선구매 자금", "생산 라인 자동화 설비 도입",
			"신규 수주 물량 대응을 위한 운전자금", "수출 물량 확대에 따른 물류·원자재 자금", "노후 금형 교체 및 품질 설비 보강" };

	private final GuaranteeApplications applications;

	private final CompanyProfiles companies;

	private final PartnerRegistry partners;

	private final ProgrammeCatalogue catalogue;

	private final JdbcClient jdbc;

	private final GuaranteeApplicationRepository repository;

	private final CapacityLedger ledger;

	private final Accounts accounts;

	DemoApplications(GuaranteeApplications applications, GuaranteeApplicationRepository repository,
			CapacityLedger ledger, Accounts accounts, CompanyProfiles companies, PartnerRegistry partners,
			ProgrammeCatalogue catalogue, JdbcClient jdbc) {
		this.applications = applications;
		this.companies = companies;
		this.partners = partners;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.repository = repository;
		this.ledger = ledger;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<OrganisationRef> organisation = accounts.organisation(DEMO_SME);
		if (organisation.isEmpty()) {
			return;
		}
		if (repository.findByOrganisation(organisation.get().id()).isEmpty()) {
			create(organisation.get());
		}
		// the demo's applications are those received up to the demo SME's own
		listUnlistedApplicants(jdbc.sql("select id from guarantee_application where partner_funder_code is null "
				+ "and status <> 'DRAFT' and business_number <> :demo and receipt_number <= (select max(receipt_number) "
				+ "from guarantee_application where business_number = :demo) order by receipt_number")
			.param("demo", DEMO_SME)
			.query(Long.class)
			.list());
	}

	private void create(OrganisationRef organisation) {
		otherCompanies();
		Applicant sme = new Applicant(organisation.id(), DEMO_SME, organisation.name().korean(), DEMO_USER);

		ApplicationId withdrawn = applications.startDraft(sme, new ProgrammeCode("HMG-KB-WOORI"), new ApplicationContent(
				Won.of(500_000_000), LoanPurpose.FACILITIES, 48, new BankCode("KB"), "도장 라인 자동화 설비 도입 (계획 변경으로 철회)"));
		applications.withdraw(sme, withdrawn);

		ApplicationId approved = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), new ApplicationContent(
				Won.of(600_000_000), LoanPurpose.EXPORT, 24, new BankCode("IBK"),
				"북미 완성차 업체 수출용 강판 가공 부품 생산 확대. 원자재(냉연 강판) 선구매 자금으로 쓰고 수출 대금으로 상환합니다."));
		applications.addDocument(sme, approved, new UploadedDocument("수출계약서.pdf", "application/pdf", DEMO_PDF));
		checklist(sme, approved);
		applications.submit(sme, approved);
		applications.assign(approved, version(approved), "ksure.reviewer",
				Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));
		Won granted = Won.of(500_000_000);
		ledger.reserve(new ProgrammeCode("POSCO-IBK-KSURE"), approved, granted);
		applications.approve(approved, version(approved), granted,
				"수출계약서에 확정된 1차 선적 물량에 맞춰 5억 원을 승인합니다. 추가 선적이 확정되면 다시 신청해 주세요.",
				Actor.person("ksure.approver", Role.AGENCY_APPROVER));

		ApplicationId asked = applications.startDraft(sme, new ProgrammeCode("HMG-KB-WOORI"), new ApplicationContent(
				Won.of(800_000_000), LoanPurpose.WORKING_CAPITAL, 36, new BankCode("WOORI"),
				"현대자동차 1차 협력사로서 전기차 배터리 케이스 부품 증산에 필요한 원자재 구매 자금입니다. "
						+ "2027년 납품 계약 물량 증가분의 매출로 36개월 동안 분할 상환합니다."));
		applications.addDocument(sme, asked, new UploadedDocument("사업계획서.pdf", "application/pdf", DEMO_PDF));
		checklist(sme, asked);
		applications.submit(sme, asked);
		applications.assign(asked, version(asked), "kodit.reviewer",
				Actor.person("kodit.reviewer", Role.AGENCY_REVIEWER));
		applications.requestInformation(asked, version(asked),
				"현대자동차와 맺은 2027년 납품 계약서 사본과 최근 3개월 부가가치세 과세표준증명을 올려 주세요.",
				Actor.person("kodit.reviewer", Role.AGENCY_REVIEWER));

		applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), new ApplicationContent(Won.of(200_000_000),
				LoanPurpose.WORKING_CAPITAL, 12, new BankCode("IBK"), "수출 물량 증가에 따른 단기 운전자금 (작성 중)"));
		log.info("Created the demo SME's applications");
	}

	/**
	 * Puts the applicants of these submitted applications that no funder of their programme lists (a demo made by an
	 * earlier version applied before it had partner lists) on the list of the programme's first funder, at tier 1, 2
	 * or 3 as the demo's lists spread them, and at tier 1 when the amount asked for is above the lower tiers' cap; each
	 * application then counts for that funder at that tier, as if the company had been listed when it applied, so
	 * that the funder's dashboard and the supply-chain reach show it. Applications counted for a funder already are
	 * left as they are.
	 */
	void listUnlistedApplicants(List<Long> ids) {
		record Unlisted(long id, String businessNumber, String companyName, String programme, long amount) {
		}
		if (ids.isEmpty()) {
			return;
		}
		List<Unlisted> unlisted = jdbc.sql("select id, business_number, company_name, programme_code, amount_won "
				+ "from guarantee_application where id in (:ids) and partner_funder_code is null and status <> 'DRAFT' "
				+ "order by receipt_number")
			.param("ids", ids)
			.query((row, number) -> new Unlisted(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
					row.getLong(5)))
			.list();
		int listed = 0;
		for (Unlisted application : unlisted) {
			Optional<ProgrammeSummary> programme = catalogue.find(new ProgrammeCode(application.programme()));
			if (programme.isEmpty() || programme.get().funders().isEmpty()) {
				continue;
			}
			String funder = programme.get().funders().get(0).code();
			int draw = new Random(application.businessNumber().hashCode() * 17L).nextInt(100);
			PartnerTier tier = draw < 15 ? PartnerTier.TIER_1 : draw < 55 ? PartnerTier.TIER_2 : PartnerTier.TIER_3;
			if (application.amount() > programme.get().terms().maxLoanForTier(tier.number()).value()) {
				tier = PartnerTier.TIER_1;
			}
			Optional<PartnerTier> onList = partners.listDemoApplicant(funder,
					BusinessRegistrationNumber.parse(application.businessNumber()), application.companyName(), tier);
			if (onList.isPresent()) {
				listed += jdbc.sql("update guarantee_application set partner_funder_code = :funder, "
						+ "partner_tier = :tier where id = :id and partner_funder_code is null")
					.param("funder", funder)
					.param("tier", onList.get().number())
					.param("id", application.id())
					.update();
			}
		}
		if (listed > 0) {
			log.info("Put {} demo applicants on the partner lists of their programmes' funders", listed);
		}
	}

	/**
	 * Applications of the other demo companies across the three programmes and every state up to the
	 * decision, submitted over the past months.
	 */
	private void otherCompanies() {
		// receipt numbers follow submission times, as they do when SMEs apply: the longest ago first
		record Planned(CompanyProfile company, Random random, String programme, int daysAgo) {
		}
		List<Planned> planned = new ArrayList<>();
		for (CompanyProfile company : companies.registered(DEMO_COMPANIES)) {
			if (company.businessNumber().digits().equals(DEMO_SME)
					|| companies.ownership(company.organisationId()) != Ownership.VERIFIED) {
				// the demo SME applies below; a company that signed up on its own has not proved its number
				continue;
			}
			Random random = new Random(company.businessNumber().digits().hashCode() * 31L);
			Map<String, PartnerTier> partnerships = partners.partnershipsOf(company.businessNumber());
			String programme = partnerships.keySet().stream().anyMatch(HMG_FUNDERS::contains) ? "HMG-KB-WOORI"
					: partnerships.containsKey("POSCOINTL") ? "POSCOINTL-KODIT" : "POSCO-IBK-KSURE";
			if (!catalogue.findPublished(new ProgrammeCode(programme)).orElseThrow().terms()
				.allowsIndustry(company.industry())) {
				// the programme does not take companies of this industry: it could not have applied
				continue;
			}
			int daysAgo = 12 + random.nextInt(programme.equals("HMG-KB-WOORI") ? 280 : 260);
			planned.add(new Planned(company, random, programme, daysAgo));
		}
		planned.sort(Comparator.comparingInt(Planned::daysAgo).reversed());
		for (Planned plan : planned) {
			CompanyProfile company = plan.company();
			Random random = plan.random();
			String programme = plan.programme();
			Map<String, PartnerTier> partnerships = partners.partnershipsOf(company.businessNumber());
			ProgrammeSummary terms = catalogue.findPublished(new ProgrammeCode(programme)).orElseThrow();
			// the tier with the programme's own funders, as the SME's eligibility counts it
			int tier = PartnerStanding.closest(terms, partnerships).map(standing -> standing.tier().number()).orElse(0);
			long cap = Math.min(terms.terms().maxLoanForTier(tier).value(), 3_000_000_000L);
			long amount = Math.max(terms.terms().minLoan().value(),
					(cap / 10_000_000L) * (5 + random.nextInt(95)) / 100 * 10_000_000L);
			Applicant applicant = new Applicant(company.organisationId(), company.businessNumber().digits(),
					company.name().korean(), company.email());
			ApplicationId id = applications.startDraft(applicant, new ProgrammeCode(programme),
					new ApplicationContent(Won.of(amount), PURPOSES[random.nextInt(PURPOSES.length)],
							Math.min(terms.terms().maxTermMonths(), 12 * (1 + random.nextInt(5))),
							new BankCode(terms.banks().get(random.nextInt(terms.banks().size())).code()),
							PLANS[random.nextInt(PLANS.length)]));
			advance(applicant, id, programme, Won.of(amount), random);
			backdate(id, plan.daysAgo());
		}
		log.info("Created {} demo applications of other companies", planned.size());
	}

	/**
	 * Uploads the documents the application's checklist requires, each in its slot, issued a few days ago.
	 */
	private void checklist(Applicant applicant, ApplicationId id) {
		DocumentChecklist checklist = applications.checklist(applicant, id);
		for (ChecklistSlot slot : checklist.slots()) {
			if (slot.missing()) {
				applications.addDocument(applicant, id, new UploadedDocument(DEMO_FILE_NAMES.getOrDefault(
						slot.documentType(), slot.documentType().toLowerCase() + ".pdf"), "application/pdf", DEMO_PDF),
						slot.documentType(), checklist.today().minusDays(3));
			}
		}
	}

	private void advance(Applicant applicant, ApplicationId id, String programme, Won amount, Random random) {
		int roll = random.nextInt(100);
		if (roll < 8) {
			return;
		}
		applications.addDocument(applicant, id, new UploadedDocument("사업계획서.pdf", "application/pdf", DEMO_PDF));
		checklist(applicant, id);
		applications.submit(applicant, id);
		String reviewer = programme.equals("POSCO-IBK-KSURE") ? "ksure.reviewer" : "kodit.reviewer";
		String approver = programme.equals("POSCO-IBK-KSURE") ? "ksure.approver" : "kodit.approver";
		if (roll < 12) {
			applications.withdraw(applicant, id);
			return;
		}
		if (roll < 38) {
			return;
		}
		applications.assign(id, version(id), reviewer, Actor.person(reviewer, Role.AGENCY_REVIEWER));
		if (roll < 55) {
			return;
		}
		if (roll < 65) {
			applications.requestInformation(id, version(id), "최근 결산 재무제표와 거래처 납품 실적을 보완해 주세요.",
					Actor.person(reviewer, Role.AGENCY_REVIEWER));
			return;
		}
		if (roll < 75) {
			applications.reject(id, version(id), RejectionReason.REPAYMENT_CAPACITY,
					"최근 2년 연속 영업손실로 상환 능력을 확인하기 어렵습니다.", Actor.person(reviewer, Role.AGENCY_REVIEWER));
			return;
		}
		Won approved = random.nextInt(4) == 0 ? Won.of(amount.value() / 20_000_000L * 10_000_000L) : amount;
		if (approved.isZero()) {
			approved = amount;
		}
		ProgrammeCode code = new ProgrammeCode(programme);
		if (ledger.position(code).remaining().isLessThan(approved)) {
			applications.reject(id, version(id), RejectionReason.CAPACITY_EXHAUSTED, "프로그램 공급 한도가 소진되었습니다.",
					Actor.person(reviewer, Role.AGENCY_REVIEWER));
			return;
		}
		ledger.reserve(code, id, approved);
		applications.approve(id, version(id), approved,
				approved.isLessThan(amount) ? "최근 매출 규모와 기존 차입금을 고려하여 금액을 조정했습니다." : null,
				Actor.person(approver, Role.AGENCY_APPROVER));
	}

	private long version(ApplicationId id) {
		repository.flush();
		return applications.details(id).orElseThrow().application().version();
	}

	private void backdate(ApplicationId id, int days) {
		repository.flush();
		String shift = "interval '" + days + " days'";
		jdbc.sql("update guarantee_application set created_at = created_at - " + shift + ", updated_at = updated_at - "
				+ shift + ", submitted_at = submitted_at - " + shift + " + interval '2 hours', decided_at = decided_at - "
				+ shift + " + interval '9 days', assigned_at = assigned_at - " + shift + " + interval '3 days', "
				+ "last_action_at = last_action_at - " + shift + " + (case when decided_at is not null "
				+ "then interval '9 days' when assigned_at is not null then interval '3 days' else interval '2 hours' end) "
				+ "where id = :id")
			.param("id", id.value())
			.update();
		jdbc.sql("update application_timeline_entry set at = at - " + shift
				+ " + (case when to_status in ('APPROVED', 'REJECTED') then interval '9 days' "
				+ "when to_status in ('UNDER_REVIEW', 'INFO_REQUESTED') or kind = 'MESSAGE_FROM_AGENCY' then interval '3 days' "
				+ "when to_status = 'SUBMITTED' then interval '2 hours' else interval '0' end) where application_id = :id")
			.param("id", id.value())
			.update();
	}

}

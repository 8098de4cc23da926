package kr.sangsaeng.applications;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of a submission hold for every caller of {@link GuaranteeApplications#submit}, not only for the SME's
 * page: a draft the SME may no longer submit is refused, with the field at fault, and stays as it was.
 */
@SangsaengTest
class SubmissionRulesTests {

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anSmeWhoseIndustryTheProgrammeDoesNotAllowIsRefusedAndItsDraftStaysADraft() {
		ProgrammeCode programme = openProgramme(Won.of(1_000_000_000));
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = draftWithPlan(sme, programme, Won.of(100_000_000));
		jdbc.sql("update company_profile set industry_section = 'J' where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.update();

		ApplicationRuleException refused = catchThrowableOfType(ApplicationRuleException.class,
				() -> applications.submit(sme, id));

		assertThat(refused.messageKey()).isEqualTo("application.rule.noLongerEligible");
		assertThat(refused.field()).isNull();
		assertUnchanged(sme, id, programme);
	}

	@Test
	void anAmountAboveTheLargestTheSmeMayAskForIsRefusedOnTheAmount() {
		ProgrammeCode programme = openProgramme(Won.of(100_000_000));
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = draftWithPlan(sme, programme, Won.of(150_000_000));

		ApplicationRuleException refused = catchThrowableOfType(ApplicationRuleException.class,
				() -> applications.submit(sme, id));

		assertThat(refused.messageKey()).isEqualTo("application.rule.amountAboveLargest");
		assertThat(refused.field()).isEqualTo("amount");
		assertUnchanged(sme, id, programme);
	}

	@Test
	void aDraftWithoutDocumentsIsRefusedOnTheDocumentsItsAgreementRequires() {
		ProgrammeCode programme = openProgramme(Won.of(1_000_000_000));
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, TestSmes.content(Won.of(100_000_000)));

		DocumentsIncompleteException refused = catchThrowableOfType(DocumentsIncompleteException.class,
				() -> applications.submit(sme, id));

		assertThat(refused.messageKey()).isEqualTo("application.rule.documentsIncomplete");
		assertThat(refused.field()).isEqualTo("documents");
		assertThat(refused.shortfalls()).extracting(DocumentShortfall::documentType)
			.containsExactly("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID", "LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS");
		assertUnchanged(sme, id, programme);

		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		assertThat(applications.submit(sme, id).status()).as("the same draft with its documents")
			.isEqualTo(ApplicationStatus.SUBMITTED);
	}

	private void assertUnchanged(Applicant sme, ApplicationId id, ProgrammeCode programme) {
		ApplicationDetails details = applications.details(sme, id).orElseThrow();
		assertThat(details.application().status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(details.application().receiptNumber()).isNull();
		assertThat(details.timeline()).extracting(TimelineEntry::to).containsExactly(ApplicationStatus.DRAFT);
		assertThat(intake.position(programme).submitted()).isEqualTo(Won.ZERO);
		assertThat(applications.exposure(sme.organisationId(), programme)).isEqualTo(Won.ZERO);
	}

	private ApplicationId draftWithPlan(Applicant sme, ProgrammeCode programme, Won amount) {
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(amount,
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		return id;
	}

	/**
	 * An open KODIT programme of its own lent by Woori, to manufacturers and wholesalers, at most {@code maxLoan}
	 * per SME.
	 */
	private ProgrammeCode openProgramme(Won maxLoan) {
		ProgrammeCode code = TestProgrammes.uniqueCode("SR");
		administration.create(code, TestProgrammes.draft(maxLoan, Won.of(50_000_000_000L)),
				Won.of(100_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

}

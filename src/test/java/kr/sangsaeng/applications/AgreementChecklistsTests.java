package kr.sangsaeng.applications;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every agreement asks for documents: one the administrator sets up asks for the standard list until the
 * administrator changes it, and an application is judged by the list its agreement had when it was submitted.
 */
@SangsaengTest
class AgreementChecklistsTests {

	static final List<String> STANDARD_REQUIRED = List.of("BUSINESS_REGISTRATION", "NATIONAL_TAX_PAID",
			"LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS");

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	DocumentChecklists checklists;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgrammeTheAdministratorSetsUpAsksForTheStandardDocumentsAndRefusesASubmissionWithoutThem() {
		ProgrammeCode programme = openProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");

		AgreementChecklist checklist = checklists.of(kodit);
		assertThat(checklist.requirements()).containsExactlyElementsOf(DocumentChecklists.STANDARD);
		assertThat(checklist.illustrative()).isTrue();

		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, programme, TestSmes.content(Won.of(100_000_000)));
		applications.addDocument(sme, id, TestSmes.businessPlan());
		DocumentsIncompleteException refused = catchThrowableOfType(DocumentsIncompleteException.class,
				() -> applications.submit(sme, id));

		assertThat(refused.shortfalls()).extracting(DocumentShortfall::documentType)
			.containsExactlyElementsOf(STANDARD_REQUIRED);
		assertThat(applications.details(id).orElseThrow().application().status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(jdbc.sql("select count(*) from application_document_requirement where application_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single()).as("a refused submission keeps no list").isZero();
	}

	@Test
	void anAgencyAddedToAProgrammeGetsAnAgreementWithTheStandardDocumentsAndTheOthersKeepTheirOwn() {
		ProgrammeCode programme = openProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		List<DocumentRequirement> own = List.of(new DocumentRequirement("BUSINESS_REGISTRATION", true, 60),
				new DocumentRequirement(ChecklistSlot.OTHER, false, null));
		checklists.replace(programme, kodit, own, "admin");

		ProgrammeSummary before = catalogue.find(programme).orElseThrow();
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000));
		administration.edit(programme, programme, new ProgrammeDraft(draft.name(), draft.description(),
				List.of("KODIT", "KIBO"), draft.bankCodes(), draft.funders(), draft.terms()), before.version(), "admin");

		AgreementChecklist kibo = checklists.of(new AgreementCode(programme.value() + "-KIBO"));
		assertThat(kibo.requirements()).containsExactlyElementsOf(DocumentChecklists.STANDARD);
		assertThat(kibo.illustrative()).isTrue();
		assertThat(checklists.of(kodit).requirements()).containsExactlyElementsOf(own);
		assertThat(checklists.of(kodit).illustrative()).isFalse();
	}

	@Test
	void aDraftProgrammeWhoseCodeChangesTakesItsChecklistsAlong() {
		ProgrammeCode programme = TestProgrammes.uniqueCode("CL");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000));
		administration.create(programme, draft, Won.of(10_000_000_000L), "admin");
		ProgrammeCode renamed = TestProgrammes.uniqueCode("CL");

		administration.edit(programme, renamed, draft, catalogue.find(programme).orElseThrow().version(), "admin");

		assertThat(checklists.of(new AgreementCode(renamed.value() + "-KODIT")).requirements())
			.containsExactlyElementsOf(DocumentChecklists.STANDARD);
	}

	@Test
	void aSubmittedApplicationKeepsItsChecklistWhileDraftsFollowTheAdministratorsNewOne() {
		ProgrammeCode programme = openProgramme("KODIT");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		Applicant submitter = TestSmes.newSme(jdbc);
		ApplicationId submitted = applications.startDraft(submitter, programme, TestSmes.content(Won.of(100_000_000)));
		TestChecklists.complete(applications, submitter, submitted, TestSmes.businessPlan());
		applications.submit(submitter, submitted);
		Applicant drafter = TestSmes.newSme(jdbc);
		ApplicationId draft = applications.startDraft(drafter, programme, TestSmes.content(Won.of(100_000_000)));
		TestChecklists.complete(applications, drafter, draft, TestSmes.businessPlan());

		checklists.replace(programme, kodit, List.of(new DocumentRequirement("BUSINESS_REGISTRATION", true, null),
				new DocumentRequirement("SHAREHOLDER_REGISTER", true, null)), "admin");

		assertThat(requiredSlots(applications.details(submitted).orElseThrow().checklist()))
			.containsExactlyElementsOf(STANDARD_REQUIRED);
		assertThat(requiredSlots(applications.checklist(drafter, draft)))
			.containsExactly("BUSINESS_REGISTRATION", "SHAREHOLDER_REGISTER");
		assertThat(applications.checklist(drafter, draft).slots()).extracting(ChecklistSlot::documentType)
			.as("the other slot stays").contains(ChecklistSlot.OTHER);
		DocumentsIncompleteException refused = catchThrowableOfType(DocumentsIncompleteException.class,
				() -> applications.submit(drafter, draft));
		assertThat(refused.shortfalls())
			.containsExactly(new DocumentShortfall("SHAREHOLDER_REGISTER", DocumentShortfall.Problem.MISSING, null));

		TestChecklists.fillRequired(applications, drafter, draft, TestSmes.businessPlan());
		applications.submit(drafter, draft);
		checklists.replace(programme, kodit, DocumentChecklists.STANDARD, "admin");
		assertThat(requiredSlots(applications.details(draft).orElseThrow().checklist()))
			.as("submitted under the administrator's list, judged by it from then on")
			.containsExactly("BUSINESS_REGISTRATION", "SHAREHOLDER_REGISTER");
	}

	private static List<String> requiredSlots(DocumentChecklist checklist) {
		return checklist.slots().stream().filter(ChecklistSlot::required).map(ChecklistSlot::documentType).toList();
	}

	private ProgrammeCode openProgramme(String... agencies) {
		ProgrammeCode code = TestProgrammes.uniqueCode("CL");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of(agencies),
				draft.bankCodes(), draft.funders(), draft.terms()), Won.of(10_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

}

package kr.sangsaeng.applications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.notification.Notification;
import kr.sangsaeng.notification.Notifications;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class SmeApplicationJourneyTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Test
	void aDraftWithADocumentIsSubmittedOnceWithAReceiptNumber() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("재무제표.pdf", "application/pdf", PDF));

		ApplicationView first = applications.submit(sme, id);
		ApplicationView again = applications.submit(sme, id);

		assertThat(first.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(first.receiptNumber()).isNotNull();
		assertThat(again.receiptNumber()).isEqualTo(first.receiptNumber());
		ApplicationDetails details = applications.details(sme, id).orElseThrow();
		assertThat(details.timeline()).extracting(TimelineEntry::to)
			.containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
		assertThat(details.documents()).extracting(DocumentInfo::fileName).containsOnly("재무제표.pdf");
		assertThat(details.checklist().shortfalls()).isEmpty();
	}

	@Test
	void submissionsRacingForTheSameDraftYieldOneSubmission() throws Exception {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		int clicks = 8;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clicks);
		List<Future<Long>> receipts = new ArrayList<>();
		try {
			for (int i = 0; i < clicks; i++) {
				receipts.add(pool.submit(() -> {
					go.await();
					return applications.submit(sme, id).receiptNumber();
				}));
			}
			go.countDown();
			List<Long> seen = new ArrayList<>();
			for (Future<Long> receipt : receipts) {
				seen.add(receipt.get(30, TimeUnit.SECONDS));
			}
			assertThat(seen).containsOnly(seen.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from application_timeline_entry where application_id = :id "
				+ "and to_status = 'SUBMITTED'")
			.param("id", id.value())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void anAnswerToAnInformationRequestReturnsTheApplicationToReviewAndTheSmeIsNotifiedOfEachStep() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		applications.submit(sme, id);
		applications.assign(id, TestSmes.version(applications, id), "ksure.reviewer", Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));
		applications.requestInformation(id, TestSmes.version(applications, id), "최근 3개월 수출 실적 자료를 보내 주세요.", Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));

		assertThat(applications.submit(sme, id).status()).as("a late retry of the submission changes nothing")
			.isEqualTo(ApplicationStatus.INFO_REQUESTED);
		applications.addDocument(sme, id, new UploadedDocument("export.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 }));
		applications.answer(sme, id, "수출 실적 자료를 첨부합니다.");

		ApplicationDetails details = applications.details(sme, id).orElseThrow();
		assertThat(details.application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		assertThat(details.timeline()).extracting(TimelineEntry::kind)
			.contains("MESSAGE_FROM_AGENCY", "ANSWER_FROM_SME", "DOCUMENT_ADDED");
		assertThat(details.timeline()).extracting(TimelineEntry::body)
			.contains("최근 3개월 수출 실적 자료를 보내 주세요.", "수출 실적 자료를 첨부합니다.");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(notifications.recent(sme.organisationId())).extracting(Notification::status)
				.contains(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INFO_REQUESTED);
			assertThat(notifications.unread(sme.organisationId())).isGreaterThanOrEqualTo(4);
		});
		// Notifications follow each change once it has committed.
		notifications.markAllRead(sme.organisationId());
		assertThat(notifications.unread(sme.organisationId())).isZero();
	}

	@Test
	void decidedApplicationsCannotBeWithdrawnOrAnswered() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));
		TestChecklists.complete(applications, sme, id, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		applications.submit(sme, id);
		applications.assign(id, TestSmes.version(applications, id), "ksure.reviewer", Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));
		applications.reject(id, TestSmes.version(applications, id), RejectionReason.INELIGIBLE, "업종 요건 미충족", Actor.person("ksure.reviewer", Role.AGENCY_REVIEWER));

		assertThatThrownBy(() -> applications.withdraw(sme, id)).isInstanceOf(ApplicationRuleException.class);
		assertThatThrownBy(() -> applications.answer(sme, id, "답변")).isInstanceOf(ApplicationRuleException.class);
		assertThat(applications.details(sme, id).orElseThrow().application().status())
			.isEqualTo(ApplicationStatus.REJECTED);
	}

	@Test
	void anSmeHasOneApplicationAwaitingADecisionPerProgramme() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId first = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"),
				TestSmes.content(Won.of(300_000_000)));

		assertThatThrownBy(() -> applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"),
				TestSmes.content(Won.of(100_000_000))))
			.isInstanceOfSatisfying(PendingApplicationExistsException.class,
					pending -> assertThat(pending.existing()).isEqualTo(first));

		applications.withdraw(sme, first);
		assertThat(applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(100_000_000))))
			.isNotEqualTo(first);
	}

	@Test
	void exposureCountsWhatIsAskedForOrHeldButNotDraftsOrWithdrawals() {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "HYUNDAI", sme.businessNumber(), 1);
		ApplicationId draft = applications.startDraft(sme, new ProgrammeCode("HMG-KB-WOORI"),
				new ApplicationContent(Won.of(200_000_000), LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"),
						"원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		assertThat(applications.exposure(sme.organisationId(), new ProgrammeCode("HMG-KB-WOORI"))).isEqualTo(Won.ZERO);

		TestChecklists.complete(applications, sme, draft, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		applications.submit(sme, draft);
		assertThat(applications.exposure(sme.organisationId(), new ProgrammeCode("HMG-KB-WOORI"))).isEqualTo(Won.of(200_000_000));
		assertThat(applications.exposure(sme.organisationId(), new ProgrammeCode("POSCO-IBK-KSURE"))).isEqualTo(Won.ZERO);

		applications.withdraw(sme, draft);
		assertThat(applications.exposure(sme.organisationId(), new ProgrammeCode("HMG-KB-WOORI"))).isEqualTo(Won.ZERO);
	}

	@Test
	void anotherSmesApplicationIsNotFound() {
		Applicant owner = TestSmes.newSme(jdbc);
		Applicant other = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(owner, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));

		assertThat(applications.details(other, id)).isEmpty();
		assertThatThrownBy(() -> applications.submit(other, id)).isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> applications.withdraw(other, id)).isInstanceOf(ApplicationNotFoundException.class);
		assertThatThrownBy(() -> applications.addDocument(other, id,
				new UploadedDocument("x.pdf", "application/pdf", PDF))).isInstanceOf(ApplicationNotFoundException.class);
		assertThat(applications.details(owner, id).orElseThrow().application().status())
			.isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void documentsMustBeWhatTheyClaimToBe() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = applications.startDraft(sme, new ProgrammeCode("POSCO-IBK-KSURE"), TestSmes.content(Won.of(300_000_000)));

		assertThatThrownBy(() -> applications.addDocument(sme, id,
				new UploadedDocument("invoice.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes())))
			.isInstanceOfSatisfying(ApplicationRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("application.document.error.type"));
		assertThatThrownBy(() -> applications.addDocument(sme, id,
				new UploadedDocument("photo.png", "image/png", PDF)))
			.isInstanceOfSatisfying(ApplicationRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("application.document.error.mislabelled"));
		byte[] huge = new byte[UploadedDocument.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, huge, 0, PDF.length);
		assertThatThrownBy(() -> applications.addDocument(sme, id, new UploadedDocument("big.pdf", "application/pdf", huge)))
			.isInstanceOfSatisfying(ApplicationRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("application.document.error.tooLarge"));
		assertThat(applications.details(sme, id).orElseThrow().documents()).isEmpty();
	}


}

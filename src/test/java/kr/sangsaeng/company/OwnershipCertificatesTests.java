package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.WithMailServer;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.OwnershipCertificates.Decision;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A company whose number no partner list gives a contact for proves it with its business registration certificate:
 * an agency officer's confirmation verifies it exactly as a mailed code does, a refusal tells it why, and nothing but
 * a confirmation verifies it. Decisions racing each other or a verification of the same number leave one owner.
 */
class OwnershipCertificatesTests extends WithMailServer {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	OwnershipCertificates certificates;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConfirmedCertificateVerifiesTheCompanyAndSupersedesOtherClaimsAndTheCompanyIsTold() {
		BusinessRegistrationNumber number = unlistedNumber();
		SignedInUser impostor = signUp(number, "impostor");
		SignedInUser owner = signUp(number, "owner");

		OwnershipCertificate uploaded = certificates.upload(owner, certificate("사업자등록증.pdf", PDF));
		assertThat(uploaded.status()).isEqualTo(CertificateStatus.PENDING);
		assertThat(uploaded.mediaType()).isEqualTo("application/pdf");
		assertThat(profiles.ownership(owner.organisation().id())).as("a pending certificate proves nothing")
			.isEqualTo(Ownership.UNVERIFIED);
		assertThat(certificates.pending(officer("kodit.reviewer")))
			.anySatisfy(pending -> {
				assertThat(pending.id()).isEqualTo(uploaded.id());
				assertThat(pending.businessNumber()).isEqualTo(number);
				assertThat(pending.companyName().korean()).isEqualTo("(주)증명정밀");
				assertThat(pending.waitingDays()).isZero();
			});
		assertThat(certificates.file(officer("ksure.approver"), uploaded.id()).content()).isEqualTo(PDF);

		assertThat(certificates.confirm(officer("ksure.reviewer"), uploaded.id())).as("any agency's officer")
			.isEqualTo(Decision.CONFIRMED);

		assertThat(profiles.ownership(owner.organisation().id())).isEqualTo(Ownership.VERIFIED);
		assertThat(profiles.ownership(impostor.organisation().id())).isEqualTo(Ownership.SUPERSEDED);
		assertThat(profiles.forBusinessNumber(number)).map(CompanyProfile::organisationId)
			.contains(owner.organisation().id());
		assertThat(certificates.latest(owner)).map(OwnershipCertificate::status).contains(CertificateStatus.CONFIRMED);
		assertThat(certificates.confirm(officer("kodit.approver"), uploaded.id())).as("decided once")
			.isEqualTo(Decision.ALREADY_DECIDED);
		assertThat(certificates.pending(officer("kodit.reviewer"))).noneMatch(pending -> pending.id() == uploaded.id());

		MimeMessage mail = awaitMail(owner.getUsername(), number.formatted(), 1);
		assertThat(bodyOf(mail)).contains("confirmed", "/company/verification");
		await().until(() -> notificationKinds(owner).contains("CERTIFICATE_CONFIRMED"));
		assertThat(auditActions(number)).contains("company.certificate-uploaded", "company.certificate-confirmed",
				"company.ownership-verified");
	}

	@Test
	void aRefusedCertificateStaysUnverifiedTellsTheReasonInTheCompanysLanguageAndAnotherMayBeUploaded() {
		BusinessRegistrationNumber number = unlistedNumber();
		SignedInUser sme = signUp(number, "blurry");
		jdbc.sql("update user_account set language = 'en' where username = :username")
			.param("username", sme.getUsername())
			.update();
		long first = certificates.upload(sme, certificate("scan.png", PNG)).id();

		assertThatThrownBy(() -> certificates.refuse(officer("kodit.reviewer"), first, " \n\t "))
			.isInstanceOfSatisfying(CertificateRuleException.class, refused -> {
				assertThat(refused.field()).isEqualTo("reason");
				assertThat(refused.messageKey()).isEqualTo("certificate.refuse.error.required");
			});
		assertThatThrownBy(() -> certificates.refuse(officer("kodit.reviewer"), first, "가".repeat(1001)))
			.isInstanceOf(CertificateRuleException.class);
		assertThat(certificates.latest(sme)).map(OwnershipCertificate::status).contains(CertificateStatus.PENDING);

		assertThat(certificates.refuse(officer("kodit.reviewer"), first, "대표자 이름이 가려져 읽을 수 없습니다."))
			.isEqualTo(Decision.REFUSED);
		assertThat(certificates.confirm(officer("kodit.approver"), first)).as("a refused certificate stays refused")
			.isEqualTo(Decision.ALREADY_DECIDED);
		assertThat(profiles.ownership(sme.organisation().id())).isEqualTo(Ownership.UNVERIFIED);
		OwnershipCertificate refused = certificates.latest(sme).orElseThrow();
		assertThat(refused.status()).isEqualTo(CertificateStatus.REFUSED);
		assertThat(refused.refusalReason()).isEqualTo("대표자 이름이 가려져 읽을 수 없습니다.");
		MimeMessage mail = awaitMail(sme.getUsername(), "not confirmed", 1);
		assertThat(bodyOf(mail)).contains("could not confirm", "대표자 이름이 가려져 읽을 수 없습니다.");
		await().until(() -> notificationKinds(sme).contains("CERTIFICATE_REFUSED"));

		long second = certificates.upload(sme, certificate("certificate.pdf", PDF)).id();
		long third = certificates.upload(sme, certificate("better.pdf", PDF)).id();
		assertThat(certificates.confirm(officer("kodit.reviewer"), second)).as("replaced before anyone checked it")
			.isEqualTo(Decision.REPLACED);
		assertThat(certificates.confirm(officer("kodit.reviewer"), third)).isEqualTo(Decision.CONFIRMED);
		assertThat(profiles.ownership(sme.organisation().id())).isEqualTo(Ownership.VERIFIED);
		assertThat(auditActions(number)).contains("company.certificate-refused");
	}

	@Test
	void filesThatAreNoCertificateAreRefusedAndNothingIsKept() {
		SignedInUser sme = signUp(unlistedNumber(), "careless");
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		List<UploadedDocument> refused = List.of(certificate("empty.pdf", new byte[0]),
				certificate("script.pdf", script), certificate("renamed.png", PDF),
				new UploadedDocument("certificate.pdf", "image/png", PDF),
				certificate("huge.pdf", new byte[UploadedDocument.MAX_BYTES + 1]));
		for (UploadedDocument upload : refused) {
			assertThatThrownBy(() -> certificates.upload(sme, upload)).as(upload.originalName())
				.isInstanceOfSatisfying(CertificateRuleException.class,
						problem -> assertThat(problem.field()).isEqualTo("certificate"));
		}
		assertThat(certificates.latest(sme)).isEmpty();
	}

	@Test
	void onlyAgencyOfficersCheckAndAnSmeSeesOnlyItsOwnCertificate() {
		SignedInUser sme = signUp(unlistedNumber(), "curious");
		SignedInUser other = signUp(unlistedNumber(), "other");
		long id = certificates.upload(sme, certificate("c.pdf", PDF)).id();

		for (String staff : List.of("admin", "ministry", "woori.officer")) {
			assertThatThrownBy(() -> certificates.confirm(officer(staff), id)).as(staff)
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> certificates.pending(officer(staff))).isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> certificates.confirm(sme, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> certificates.ownFile(other, id)).isInstanceOf(CertificateNotFoundException.class);
		assertThat(certificates.ownFile(sme, id).content()).isEqualTo(PDF);
		assertThatThrownBy(() -> certificates.check(officer("kodit.reviewer"), Long.MAX_VALUE))
			.isInstanceOf(CertificateNotFoundException.class);
		assertThat(certificates.latest(sme)).map(OwnershipCertificate::status).contains(CertificateStatus.PENDING);
	}

	@Test
	void aCertificateOfANumberAnotherCompanyProvedMeanwhileIsRefusedAndClosed() {
		BusinessRegistrationNumber number = unlistedNumber();
		SignedInUser late = signUp(number, "late");
		SignedInUser quick = signUp(number, "quick");
		long lateCertificate = certificates.upload(late, certificate("late.pdf", PDF)).id();
		long quickCertificate = certificates.upload(quick, certificate("quick.pdf", PDF)).id();

		accounts.verifyOwnership(quick.organisation().id());

		assertThat(certificates.confirm(officer("kodit.reviewer"), lateCertificate)).isEqualTo(Decision.TAKEN);
		assertThat(certificates.confirm(officer("kodit.reviewer"), quickCertificate)).as("proved otherwise")
			.isEqualTo(Decision.NOT_NEEDED);
		assertThat(profiles.ownership(late.organisation().id())).isEqualTo(Ownership.SUPERSEDED);
		assertThat(certificates.latest(late)).map(OwnershipCertificate::status).contains(CertificateStatus.CLOSED);
		assertThatThrownBy(() -> certificates.upload(late, certificate("again.pdf", PDF)))
			.isInstanceOfSatisfying(CertificateRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("certificate.error.notNeeded"));
	}

	@Test
	void twoOfficersConfirmingTheCertificatesOfTwoClaimantsOfOneNumberAtOnceLeaveExactlyOneOwner() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				BusinessRegistrationNumber number = unlistedNumber();
				SignedInUser first = signUp(number, "first" + round);
				SignedInUser second = signUp(number, "second" + round);
				long one = certificates.upload(first, certificate("a.pdf", PDF)).id();
				long other = certificates.upload(second, certificate("b.pdf", PDF)).id();

				List<Decision> decisions = race(pool, () -> certificates.confirm(officer("kodit.reviewer"), one),
						() -> certificates.confirm(officer("ksure.approver"), other));

				assertThat(decisions).as("round " + round).containsExactlyInAnyOrder(Decision.CONFIRMED, Decision.TAKEN);
				assertThat(jdbc.sql("select count(*) from organisation where code = :code and verification = 'VERIFIED'")
					.param("code", number.digits())
					.query(Long.class)
					.single()).isEqualTo(1);
				assertThat(jdbc.sql("select count(*) from ownership_certificate where business_number = :number "
						+ "and status = 'CONFIRMED'").param("number", number.digits()).query(Long.class).single())
					.isEqualTo(1);
			}

			SignedInUser sme = signUp(unlistedNumber(), "twice");
			long id = certificates.upload(sme, certificate("c.pdf", PDF)).id();
			List<Decision> decisions = race(pool, () -> certificates.confirm(officer("kodit.reviewer"), id),
					() -> certificates.confirm(officer("kodit.approver"), id));
			assertThat(decisions).containsExactlyInAnyOrder(Decision.CONFIRMED, Decision.ALREADY_DECIDED);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'company.certificate-confirmed' "
					+ "and subject = :subject").param("subject", "company:" + sme.organisation().code())
				.query(Long.class)
				.single()).as("one confirmation in the trail").isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<Decision> race(ExecutorService pool, Callable<Decision> one, Callable<Decision> other)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Decision>> answers = new ArrayList<>();
		for (Callable<Decision> decision : List.of(one, other)) {
			answers.add(pool.submit(() -> {
				start.await();
				return decision.call();
			}));
		}
		start.countDown();
		List<Decision> decisions = new ArrayList<>();
		for (Future<Decision> answer : answers) {
			decisions.add(answer.get(30, TimeUnit.SECONDS));
		}
		return decisions;
	}

	private SignedInUser officer(String username) {
		return accounts.account(username).orElseThrow();
	}

	private List<String> notificationKinds(SignedInUser sme) {
		return jdbc.sql("select kind from notification where organisation_id = :organisation and application_id is null")
			.param("organisation", sme.organisation().id())
			.query(String.class)
			.list();
	}

	private List<String> auditActions(BusinessRegistrationNumber number) {
		return jdbc.sql("select action from audit_entry where subject = :subject")
			.param("subject", "company:" + number.digits())
			.query(String.class)
			.list();
	}

	private static UploadedDocument certificate(String name, byte[] content) {
		return new UploadedDocument(name, null, content);
	}

	private static BusinessRegistrationNumber unlistedNumber() {
		return BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
	}

	private SignedInUser signUp(BusinessRegistrationNumber number, String who) {
		CompanyDetails details = new CompanyDetails(new LocalizedName("(주)증명정밀", "Jeungmyeong Precision"), "김" + who,
				IndustrySection.C, Region.GYEONGGI, 40, Won.of(9_000_000_000L), LocalDate.of(2012, 3, 2),
				"031-123-4567");
		return profiles.register(new CompanySignUp(number,
				(who + "-" + System.nanoTime() + "@certificate.example").toLowerCase(Locale.ROOT), "blue harbour lantern 7",
				details));
	}

}

package kr.sangsaeng.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.OwnershipTakenException;
import kr.sangsaeng.identity.OwnershipVerified;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Signing up with a business registration number claims it; only the company that proves the number may submit
 * applications, and once one has, the other claims of the number lapse.
 */
@SangsaengTest
class BusinessNumberOwnershipTests {

	private static final String PASSWORD = "blue harbour lantern 7";

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	Accounts accounts;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImpostorMayDraftButNotSubmitAndLosesItsClaimWhenTheRealOwnerProvesTheNumber() {
		ProgrammeCode programme = openProgramme();
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		SignedInUser impostor = signUp(number, "impostor");
		assertThat(profiles.ownership(impostor.organisation().id())).isEqualTo(Ownership.UNVERIFIED);
		assertThat(profiles.isRegistered(number)).as("an unverified claim does not register the number").isFalse();

		Applicant impostorApplicant = applicant(impostor, number);
		ApplicationId draft = draftWithPlan(impostorApplicant, programme);
		ApplicationRuleException refused = catchThrowableOfType(ApplicationRuleException.class,
				() -> applications.submit(impostorApplicant, draft));
		assertThat(refused.messageKey()).isEqualTo("application.rule.unverified");
		assertThat(status(draft)).isEqualTo("DRAFT");

		SignedInUser owner = signUp(number, "owner");
		assertThat(profiles.ownership(owner.organisation().id())).isEqualTo(Ownership.UNVERIFIED);

		OwnershipVerified verified = accounts.verifyOwnership(owner.organisation().id());

		assertThat(verified.superseded()).extracting(organisation -> organisation.id())
			.containsExactly(impostor.organisation().id());
		assertThat(profiles.ownership(owner.organisation().id())).isEqualTo(Ownership.VERIFIED);
		assertThat(profiles.ownership(impostor.organisation().id())).isEqualTo(Ownership.SUPERSEDED);
		assertThat(profiles.isRegistered(number)).isTrue();
		assertThat(profiles.forBusinessNumber(number)).get()
			.satisfies(profile -> assertThat(profile.organisationId()).isEqualTo(owner.organisation().id()));
		assertThat(catchThrowableOfType(ApplicationRuleException.class,
				() -> applications.submit(impostorApplicant, draft)).messageKey())
			.isEqualTo("application.rule.superseded");
		assertThat(status(draft)).as("the impostor's draft stays its own").isEqualTo("DRAFT");
		assertThatThrownBy(() -> accounts.verifyOwnership(impostor.organisation().id()))
			.isInstanceOf(OwnershipTakenException.class);

		Applicant ownerApplicant = applicant(owner, number);
		ApplicationId ownDraft = draftWithPlan(ownerApplicant, programme);
		assertThat(applications.submit(ownerApplicant, ownDraft).status()).isEqualTo(ApplicationStatus.SUBMITTED);

		assertThatThrownBy(() -> signUp(number, "latecomer")).isInstanceOfSatisfying(AlreadyRegisteredException.class,
				taken -> assertThat(taken.businessNumberTaken()).isTrue());
	}

	@Test
	void twoVerificationsOfOneNumberAtOnceLeaveExactlyOneVerifiedOwner() throws Exception {
		for (int round = 0; round < 5; round++) {
			BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
			SignedInUser first = signUp(number, "first" + round);
			SignedInUser second = signUp(number, "second" + round);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Boolean>> outcomes = List.of(pool.submit(verify(first, start)), pool.submit(verify(second, start)));
				start.countDown();
				long succeeded = 0;
				for (Future<Boolean> outcome : outcomes) {
					succeeded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertThat(succeeded).isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(jdbc.sql("select verification from organisation where code = :code order by verification")
				.param("code", number.digits())
				.query(String.class)
				.list()).containsExactly("SUPERSEDED", "VERIFIED");
		}
	}

	private Callable<Boolean> verify(SignedInUser claimant, CountDownLatch start) {
		return () -> {
			start.await();
			try {
				accounts.verifyOwnership(claimant.organisation().id());
				return true;
			}
			catch (OwnershipTakenException taken) {
				return false;
			}
		};
	}

	private SignedInUser signUp(BusinessRegistrationNumber number, String who) {
		CompanyDetails details = new CompanyDetails(new LocalizedName("(주)한결정밀", "Hangyeol Precision"), "김" + who,
				IndustrySection.C, Region.GYEONGGI, 40, Won.of(9_000_000_000L), LocalDate.of(2012, 3, 2),
				"031-123-4567");
		return profiles.register(new CompanySignUp(number, who + "-" + System.nanoTime() + "@ownership-test.example",
				PASSWORD, details));
	}

	private static Applicant applicant(SignedInUser user, BusinessRegistrationNumber number) {
		return new Applicant(user.organisation().id(), number.digits(), user.organisation().name().korean(),
				user.getUsername());
	}

	private ApplicationId draftWithPlan(Applicant sme, ProgrammeCode programme) {
		ApplicationId id = applications.startDraft(sme, programme, new ApplicationContent(Won.of(100_000_000),
				LoanPurpose.WORKING_CAPITAL, 24, new BankCode("WOORI"), "원자재 구매 자금으로 납품 물량을 늘리고 매출로 상환합니다."));
		TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
		return id;
	}

	private String status(ApplicationId id) {
		return jdbc.sql("select status from guarantee_application where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	private ProgrammeCode openProgramme() {
		ProgrammeCode code = TestProgrammes.uniqueCode("OW");
		administration.create(code, TestProgrammes.draft(Won.of(1_000_000_000), Won.of(50_000_000_000L)),
				Won.of(100_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

}

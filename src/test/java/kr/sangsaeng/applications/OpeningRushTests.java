package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.IntakePosition;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * First come, first served when a programme opens: receipt numbers in the order submissions are taken in, and
 * none taken past the programme's intake limit.
 */
@SangsaengTest
class OpeningRushTests {

	static final Won ASKED = Won.of(100_000_000);

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void fiftySmesRacingForALimitThatFitsSevenLetExactlySevenInWithReceiptsInTheOrderTheyWereTakenIn()
			throws Exception {
		// 70 % of a remaining capacity of 10억 원 is 7억 원: seven applications of 1억 원
		ProgrammeCode programme = openProgramme(70);
		int smes = 50;
		Drafts waiting = drafts(programme, smes);
		List<Applicant> applicants = waiting.smes();
		List<ApplicationId> drafts = waiting.ids();

		CountDownLatch ready = new CountDownLatch(smes);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(smes);
		List<Future<Outcome>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < smes; i++) {
				Applicant sme = applicants.get(i);
				ApplicationId id = drafts.get(i);
				outcomes.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						return new Outcome(id, applications.submit(sme, id), null);
					}
					catch (ApplicationRuleException refused) {
						return new Outcome(id, null, refused.messageKey());
					}
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Outcome> results = new ArrayList<>();
			for (Future<Outcome> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			List<ApplicationView> admitted = results.stream()
				.filter(result -> result.submitted() != null)
				.map(Outcome::submitted)
				.sorted(Comparator.comparing(ApplicationView::receiptNumber))
				.toList();
			assertThat(admitted).hasSize(7);
			assertThat(results).filteredOn(result -> result.submitted() == null)
				.hasSize(43)
				.allSatisfy(result -> assertThat(result.refusal()).isEqualTo("application.rule.fullySubscribed"));

			List<Long> receipts = admitted.stream().map(ApplicationView::receiptNumber).toList();
			assertThat(receipts.get(receipts.size() - 1) - receipts.get(0))
				.as("receipt numbers are drawn only for applications taken in, one after the other")
				.isEqualTo(6);
			List<Instant> submittedInReceiptOrder = admitted.stream().map(ApplicationView::submittedAt).toList();
			assertThat(submittedInReceiptOrder).isSortedAccordingTo(Comparator.naturalOrder());

			assertThat(count("select count(*) from guarantee_application where programme_code = ? "
					+ "and status = 'SUBMITTED'", programme.value())).isEqualTo(7);
			assertThat(count("select count(*) from guarantee_application where programme_code = ? "
					+ "and status = 'DRAFT' and receipt_number is null", programme.value())).isEqualTo(43);
			IntakePosition position = intake.position(programme);
			assertThat(position.submitted()).isEqualTo(Won.of(700_000_000));
			assertThat(position.room()).isEqualTo(Won.ZERO);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void receiptsDrawnAtOnceOnManyConnectionsAreUniqueAndALaterNumberNeverCarriesAnEarlierMoment()
			throws Exception {
		int drawers = 8;
		int drawsEach = 1000;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(drawers);
		List<Future<List<DrawnReceipt>>> drawn = new ArrayList<>();
		try {
			for (int i = 0; i < drawers; i++) {
				drawn.add(pool.submit(() -> {
					go.await();
					List<DrawnReceipt> mine = new ArrayList<>();
					for (int draw = 0; draw < drawsEach; draw++) {
						mine.add(jdbc.sql("select receipt_number, accepted_at from draw_application_receipt()")
							.query((row, number) -> new DrawnReceipt(row.getLong("receipt_number"),
									row.getTimestamp("accepted_at").toInstant()))
							.single());
					}
					return mine;
				}));
			}
			go.countDown();
			List<DrawnReceipt> all = new ArrayList<>();
			for (Future<List<DrawnReceipt>> each : drawn) {
				all.addAll(each.get(120, TimeUnit.SECONDS));
			}
			assertThat(all.stream().map(DrawnReceipt::number).distinct().count()).isEqualTo(drawers * drawsEach);
			List<Instant> momentsInReceiptOrder = all.stream()
				.sorted(Comparator.comparing(DrawnReceipt::number))
				.map(DrawnReceipt::acceptedAt)
				.toList();
			assertThat(momentsInReceiptOrder).isSortedAccordingTo(Comparator.naturalOrder());
		}
		finally {
			pool.shutdownNow();
		}
	}

	record DrawnReceipt(long number, Instant acceptedAt) {
	}

	@Test
	void aWithdrawnOrRejectedApplicationGivesItsAmountBackSoTheNextSubmissionIsTakenIn() {
		ProgrammeCode programme = openProgramme(20); // 2억 원: two applications of 1억 원
		Drafts waiting = drafts(programme, 4);
		List<Applicant> smes = waiting.smes();
		List<ApplicationId> drafts = waiting.ids();
		ApplicationView first = applications.submit(smes.get(0), drafts.get(0));
		ApplicationView second = applications.submit(smes.get(1), drafts.get(1));
		assertThat(refusal(smes.get(2), drafts.get(2))).isEqualTo("application.rule.fullySubscribed");

		applications.withdraw(smes.get(0), first.id());
		ApplicationView third = applications.submit(smes.get(2), drafts.get(2));
		assertThat(third.receiptNumber()).isGreaterThan(second.receiptNumber());
		assertThat(refusal(smes.get(3), drafts.get(3))).isEqualTo("application.rule.fullySubscribed");

		applications.reject(second.id(), TestSmes.version(applications, second.id()), RejectionReason.DOCUMENTS,
				"서류 미비", Actor.person("kodit.reviewer", Role.AGENCY_REVIEWER));
		assertThat(applications.submit(smes.get(3), drafts.get(3)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(intake.position(programme).submitted()).isEqualTo(Won.of(200_000_000));
	}

	@Test
	void aLimitSetAfterSubmissionsCountsWhatAlreadyAwaitsADecision() {
		ProgrammeCode programme = openProgramme(null);
		Drafts waiting = drafts(programme, 6);
		List<Applicant> smes = waiting.smes();
		List<ApplicationId> drafts = waiting.ids();
		for (int i = 0; i < 4; i++) {
			applications.submit(smes.get(i), drafts.get(i));
		}
		applications.withdraw(smes.get(0), drafts.get(0));
		assertThat(intake.position(programme).submitted()).isEqualTo(Won.of(300_000_000));

		intake.limit(programme, 40, "admin"); // 4억 원 of a remaining 10억 원: room for one more of 1억 원
		IntakePosition limited = intake.position(programme);
		assertThat(limited.submitted()).isEqualTo(Won.of(300_000_000));
		assertThat(limited.room()).isEqualTo(ASKED);
		assertThat(applications.submit(smes.get(4), drafts.get(4)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(refusal(smes.get(5), drafts.get(5))).isEqualTo("application.rule.fullySubscribed");

		intake.limit(programme, null, "admin");
		applications.withdraw(smes.get(1), drafts.get(1));
		intake.limit(programme, 40, "admin");
		assertThat(intake.position(programme).submitted()).isEqualTo(Won.of(300_000_000));
		assertThat(applications.submit(smes.get(5), drafts.get(5)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aLimitSetWhileSubmissionsAndWithdrawalsRaceCountsEachOfThemExactlyOnce() throws Exception {
		ProgrammeCode programme = openProgramme(null);
		int smes = 40;
		Drafts waiting = drafts(programme, smes);
		List<Applicant> applicants = waiting.smes();
		List<ApplicationId> drafts = waiting.ids();
		for (int i = 0; i < smes; i += 2) {
			applications.submit(applicants.get(i), drafts.get(i));
		}

		CountDownLatch ready = new CountDownLatch(smes + 1);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(smes + 1);
		try {
			List<Future<?>> racing = new ArrayList<>();
			for (int i = 0; i < smes; i++) {
				Applicant sme = applicants.get(i);
				ApplicationId id = drafts.get(i);
				boolean submitted = i % 2 == 0;
				racing.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					if (submitted) {
						applications.withdraw(sme, id);
					}
					else {
						applications.submit(sme, id);
					}
					return null;
				}));
			}
			racing.add(pool.submit(() -> {
				ready.countDown();
				go.await();
				intake.limit(programme, ProgrammeIntake.MAX_LIMIT_PERCENT, "admin");
				return null;
			}));
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<?> done : racing) {
				done.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		long awaiting = count("select coalesce(sum(amount_won), 0) from guarantee_application where programme_code = ? "
				+ "and status = 'SUBMITTED'", programme.value());
		assertThat(awaiting).isEqualTo(20 * ASKED.value());
		assertThat(count("select intake_won from programme where code = ?", programme.value()))
			.as("the running intake counts every submission and withdrawal once, whichever came first")
			.isEqualTo(awaiting);
	}

	@Test
	void theAdministratorSetsTheLimitOnTheProgrammePageAndAnSmeIsToldTheProgrammeIsFullySubscribed()
			throws Exception {
		ProgrammeCode programme = openProgramme(null);
		String page = "/admin/programmes/" + programme.value();
		mvc.perform(post(page + "/intake").param("limitPercent", "1.5").with(csrf()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("정수로 된 백분율을 입력하거나 비워 두세요.")));
		mvc.perform(post(page + "/intake").param("limitPercent", "1001").param("lang", "en").with(csrf())
			.with(as("admin")))
			.andExpect(content().string(containsString("The intake limit must be between 1 and 1,000 percent.")));
		mvc.perform(post(page + "/intake").param("limitPercent", "10 %").with(csrf()).with(as("admin")))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", "intake.admin.set"));
		mvc.perform(get(page).with(as("admin")))
			.andExpect(content().string(allOf(containsString("잔여 한도의 10%: 1억 원"), containsString("남은 접수 여력"))));

		Applicant first = TestSmes.newSme(jdbc);
		ApplicationId taken = applications.startDraft(first, programme, TestSmes.content(ASKED));
		TestChecklists.complete(applications, first, taken, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		mvc.perform(post("/applications/" + taken.value() + "/submit").with(csrf()).with(principal(first)))
			.andExpect(redirectedUrl("/applications/" + taken.value() + "/receipt"));

		Applicant late = TestSmes.newSme(jdbc);
		ApplicationId refused = applications.startDraft(late, programme, TestSmes.content(ASKED));
		TestChecklists.complete(applications, late, refused, new UploadedDocument("plan.pdf", "application/pdf", PDF));
		jakarta.servlet.http.Cookie session = mvc
			.perform(post("/applications/" + refused.value() + "/submit").with(csrf()).with(principal(late)))
			.andExpect(flash().attribute("problem", "application.rule.fullySubscribed"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/applications/" + refused.value()).cookie(session).with(principal(late)))
			.andExpect(content().string(containsString("접수 마감: 이미 제출된 신청이")));
		mvc.perform(get("/programmes/" + programme.value()).with(principal(late)))
			.andExpect(content().string(containsString("접수 마감: 결정을 기다리는 신청이")));
		assertThat(applications.details(late, refused).orElseThrow().application().receiptNumber()).isNull();

		mvc.perform(post(page + "/intake").param("limitPercent", "").with(csrf()).with(as("admin")))
			.andExpect(flash().attribute("notice", "intake.admin.lifted"));
		mvc.perform(post("/applications/" + refused.value() + "/submit").with(csrf()).with(principal(late)))
			.andExpect(redirectedUrl("/applications/" + refused.value() + "/receipt"));
	}

	private ProgrammeCode openProgramme(Integer limitPercent) {
		ProgrammeCode code = TestProgrammes.uniqueCode("RUSH");
		administration.create(code, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)), Won.of(1_000_000_000), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		intake.limit(code, limitPercent, "admin");
		return code;
	}

	/** SMEs of their own, each with a draft of 1억 원 in the programme. */
	record Drafts(List<Applicant> smes, List<ApplicationId> ids) {
	}

	private Drafts drafts(ProgrammeCode programme, int count) {
		List<Applicant> smes = new ArrayList<>();
		List<ApplicationId> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Applicant sme = TestSmes.newSme(jdbc);
			smes.add(sme);
			ApplicationId id = applications.startDraft(sme, programme, TestSmes.content(ASKED));
			TestChecklists.complete(applications, sme, id, TestSmes.businessPlan());
			ids.add(id);
		}
		return new Drafts(smes, ids);
	}

	private String refusal(Applicant sme, ApplicationId id) {
		try {
			applications.submit(sme, id);
			return null;
		}
		catch (ApplicationRuleException refused) {
			return refused.messageKey();
		}
	}

	private long count(String sql, Object... arguments) {
		return jdbc.sql(sql).params(arguments).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private static RequestPostProcessor principal(Applicant sme) {
		return user(new SignedInUser(sme.organisationId(), sme.username(), "", "대표자", Role.SME_APPLICANT,
				new OrganisationRef(sme.organisationId(), OrganisationKind.SME, sme.businessNumber(),
						new LocalizedName(sme.companyName(), sme.companyName())),
				true));
	}

	record Outcome(ApplicationId id, ApplicationView submitted, String refusal) {
	}

}

package kr.sangsaeng.program;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
class CapacityLedgerTests {

	private static final Won ONE_EOK = Won.of(100_000_000);

	@Autowired
	CapacityLedger ledger;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentReservationsNeverCommitMoreThanTheCapacity() throws Exception {
		ProgrammeCode programme = newProgramme(Won.of(2_500_000_000L));
		int attempts = 60;
		CountDownLatch ready = new CountDownLatch(attempts);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				ApplicationId application = TestProgrammes.nextApplication();
				Callable<Boolean> reservation = () -> {
					ready.countDown();
					go.await();
					try {
						ledger.reserve(programme, application, ONE_EOK);
						return true;
					}
					catch (CapacityExceededException full) {
						return false;
					}
				};
				outcomes.add(pool.submit(reservation));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			int succeeded = 0;
			for (Future<Boolean> outcome : outcomes) {
				if (outcome.get(60, TimeUnit.SECONDS)) {
					succeeded++;
				}
			}

			assertThat(succeeded).isEqualTo(25);
			CapacityPosition position = ledger.position(programme);
			assertThat(position.committed()).isEqualTo(Won.of(2_500_000_000L));
			assertThat(position.committed().plus(position.remaining())).isEqualTo(position.capacity());
			assertThat(position.remaining()).isEqualTo(Won.ZERO);
			assertThat(jdbc.sql("select count(*), coalesce(sum(r.reserved_won), 0) from capacity_reservation r "
					+ "join programme p on p.id = r.programme_id where p.code = :code")
				.param("code", programme.value())
				.query((row, number) -> List.of(row.getLong(1), row.getLong(2)))
				.single()).containsExactly(25L, 2_500_000_000L);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aReservationLargerThanWhatRemainsIsRefusedAndChangesNothing() {
		ProgrammeCode programme = newProgramme(Won.of(300_000_000));
		ledger.reserve(programme, TestProgrammes.nextApplication(), Won.of(200_000_000));

		ApplicationId tooLarge = TestProgrammes.nextApplication();
		assertThatThrownBy(() -> ledger.reserve(programme, tooLarge, Won.of(150_000_000)))
			.isInstanceOfSatisfying(CapacityExceededException.class,
					exceeded -> assertThat(exceeded.remaining()).isEqualTo(ONE_EOK));
		assertThat(ledger.position(programme).committed()).isEqualTo(Won.of(200_000_000));
		assertThat(ledger.reservation(tooLarge)).isEmpty();
	}

	@Test
	void anApplicationHoldsAtMostOneReservation() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		ApplicationId application = TestProgrammes.nextApplication();
		ledger.reserve(programme, application, ONE_EOK);

		assertThatThrownBy(() -> ledger.reserve(programme, application, ONE_EOK))
			.isInstanceOfSatisfying(ProgrammeRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("capacity.rule.alreadyReserved"));
		assertThat(ledger.position(programme).committed()).isEqualTo(ONE_EOK);
	}

	@Test
	void releasingGivesTheReservationBackButKeepsWhatWasDisbursed() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		ApplicationId application = TestProgrammes.nextApplication();
		ledger.reserve(programme, application, Won.of(300_000_000));
		ledger.consume(programme, application, ONE_EOK);

		Won released = ledger.release(programme, application);

		assertThat(released).isEqualTo(Won.of(300_000_000));
		CapacityPosition position = ledger.position(programme);
		assertThat(position.committed()).isEqualTo(Won.ZERO);
		assertThat(position.disbursed()).isEqualTo(ONE_EOK);
		assertThat(position.remaining()).isEqualTo(Won.of(1_000_000_000));
		assertThatThrownBy(() -> ledger.release(programme, application)).isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void disbursementsNeverExceedTheReservationEvenWhenTheyRace() throws Exception {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		ApplicationId application = TestProgrammes.nextApplication();
		ledger.reserve(programme, application, Won.of(250_000_000));
		int attempts = 20;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				outcomes.add(pool.submit(() -> {
					go.await();
					try {
						ledger.consume(programme, application, Won.of(30_000_000));
						return true;
					}
					catch (ProgrammeRuleException exhausted) {
						return false;
					}
				}));
			}
			go.countDown();
			int paid = 0;
			for (Future<Boolean> outcome : outcomes) {
				if (outcome.get(60, TimeUnit.SECONDS)) {
					paid++;
				}
			}
			assertThat(paid).isEqualTo(8);
			assertThat(ledger.reservation(application)).hasValueSatisfying(
					reservation -> assertThat(reservation.consumed()).isEqualTo(Won.of(240_000_000)));
			assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(240_000_000));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aReversedDisbursementIsTakenBackFromTheDisbursedAmount() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		ApplicationId application = TestProgrammes.nextApplication();
		ledger.reserve(programme, application, Won.of(300_000_000));
		ledger.consume(programme, application, Won.of(200_000_000));

		ledger.reverseConsumption(programme, application, Won.of(50_000_000));

		assertThat(ledger.position(programme).disbursed()).isEqualTo(Won.of(150_000_000));
		assertThatThrownBy(() -> ledger.reverseConsumption(programme, application, Won.of(200_000_000)))
			.isInstanceOf(ProgrammeRuleException.class);
	}

	@Test
	void capacityIsTheSumOfItsLedgerEntriesAndCannotFallBelowWhatIsCommitted() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		ledger.reserve(programme, TestProgrammes.nextApplication(), Won.of(600_000_000));

		ledger.change(programme, CapacityChange.INCREASE, Won.of(500_000_000), "추가 출연", "admin");
		ledger.change(programme, CapacityChange.DECREASE, Won.of(800_000_000), "출연 조정", "admin");
		assertThatThrownBy(() -> ledger.change(programme, CapacityChange.DECREASE, Won.of(200_000_000), "too much",
				"admin"))
			.isInstanceOfSatisfying(ProgrammeRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("capacity.rule.decreaseBelowCommitted"));

		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(700_000_000));
		List<CapacityLedgerEntry> entries = ledger.entries(programme);
		assertThat(entries).extracting(CapacityLedgerEntry::kind).containsExactly("INITIAL", "INCREASE", "DECREASE");
		long sum = entries.stream()
			.mapToLong(entry -> entry.isDecrease() ? -entry.amount().value() : entry.amount().value())
			.sum();
		assertThat(sum).isEqualTo(700_000_000L);
		assertThat(entries.get(1).recordedBy()).isEqualTo("admin");
		assertThat(entries.get(1).reason()).isEqualTo("추가 출연");
	}

	@Test
	void concurrentReservationsOnTwoAgreementsEachStayWithinTheirOwnAgreementsCapacity() throws Exception {
		ProgrammeCode programme = newProgramme(Won.of(2_500_000_000L), "KODIT", "KIBO");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		ledger.change(kibo, CapacityChange.INCREASE, Won.of(1_500_000_000L), "기술보증기금 협약 출연", "admin");
		int attemptsEach = 40;
		CountDownLatch ready = new CountDownLatch(2 * attemptsEach);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2 * attemptsEach);
		List<Future<AgreementCode>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 2 * attemptsEach; i++) {
				AgreementCode agreement = i % 2 == 0 ? kodit : kibo;
				ApplicationId application = TestProgrammes.nextApplication();
				outcomes.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						ledger.reserve(agreement, application, ONE_EOK);
						return agreement;
					}
					catch (CapacityExceededException full) {
						return null;
					}
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<AgreementCode> reserved = new ArrayList<>();
			for (Future<AgreementCode> outcome : outcomes) {
				AgreementCode agreement = outcome.get(60, TimeUnit.SECONDS);
				if (agreement != null) {
					reserved.add(agreement);
				}
			}

			assertThat(reserved.stream().filter(kodit::equals).count()).isEqualTo(25);
			assertThat(reserved.stream().filter(kibo::equals).count()).isEqualTo(15);
			assertThat(ledger.position(kodit)).isEqualTo(new CapacityPosition(Won.of(2_500_000_000L),
					Won.of(2_500_000_000L), Won.ZERO));
			assertThat(ledger.position(kibo)).isEqualTo(new CapacityPosition(Won.of(1_500_000_000L),
					Won.of(1_500_000_000L), Won.ZERO));
			assertThat(ledger.position(programme)).isEqualTo(new CapacityPosition(Won.of(4_000_000_000L),
					Won.of(4_000_000_000L), Won.ZERO));
			assertThat(jdbc.sql("select a.code, count(*), sum(r.reserved_won) from capacity_reservation r "
					+ "join agreement a on a.id = r.agreement_id join programme p on p.id = a.programme_id "
					+ "where p.code = :code group by a.code order by a.code")
				.param("code", programme.value())
				.query((row, number) -> List.of(row.getString(1), row.getLong(2), row.getLong(3)))
				.list()).containsExactly(List.of(kibo.value(), 15L, 1_500_000_000L),
						List.of(kodit.value(), 25L, 2_500_000_000L));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDatabaseRefusesAnAgreementCommittingMoreThanItsCapacity() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000));
		assertThatThrownBy(() -> jdbc.sql("update agreement set committed_won = capacity_won + 1 where code = :code")
			.param("code", programme.value() + "-KODIT")
			.update()).hasMessageContaining("agreement_committed_within_capacity");
	}

	@Test
	void anAgreementsCapacityChangesOnlyItsOwnFiguresAndTheProgrammesTotal() {
		ProgrammeCode programme = newProgramme(Won.of(1_000_000_000), "KODIT", "KIBO");
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		ledger.change(kibo, CapacityChange.INCREASE, Won.of(400_000_000), "추가 출연", "admin");
		ledger.reserve(kibo, TestProgrammes.nextApplication(), Won.of(300_000_000));

		assertThatThrownBy(() -> ledger.change(kibo, CapacityChange.DECREASE, Won.of(200_000_000), "too much", "admin"))
			.isInstanceOfSatisfying(ProgrammeRuleException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("capacity.rule.decreaseBelowCommitted"));
		assertThat(ledger.position(new AgreementCode(programme.value() + "-KODIT")))
			.isEqualTo(new CapacityPosition(Won.of(1_000_000_000), Won.ZERO, Won.ZERO));
		assertThat(ledger.position(kibo))
			.isEqualTo(new CapacityPosition(Won.of(400_000_000), Won.of(300_000_000), Won.ZERO));
		assertThat(ledger.position(programme))
			.isEqualTo(new CapacityPosition(Won.of(1_400_000_000), Won.of(300_000_000), Won.ZERO));
		assertThat(ledger.entries(kibo)).extracting(CapacityLedgerEntry::kind).containsExactly("INCREASE");
		assertThat(ledger.entries(programme)).extracting(CapacityLedgerEntry::agreement)
			.containsExactly(new AgreementCode(programme.value() + "-KODIT"), kibo);
	}

	private ProgrammeCode newProgramme(Won capacity, String... agencies) {
		ProgrammeCode code = TestProgrammes.uniqueCode("LEDGER");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(100_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of(agencies),
				draft.bankCodes(), draft.funders(), draft.terms()), capacity, "admin");
		return code;
	}

	private ProgrammeCode newProgramme(Won capacity) {
		ProgrammeCode code = TestProgrammes.uniqueCode("LEDGER");
		administration.create(code, TestProgrammes.draft(Won.of(100_000_000)), capacity, "admin");
		return code;
	}

}

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

	private ProgrammeCode newProgramme(Won capacity) {
		ProgrammeCode code = TestProgrammes.uniqueCode("LEDGER");
		administration.create(code, TestProgrammes.draft(Won.of(100_000_000)), capacity, "admin");
		return code;
	}

}

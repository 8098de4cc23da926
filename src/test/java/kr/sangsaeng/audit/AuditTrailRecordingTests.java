package kr.sangsaeng.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

@SangsaengTest
class AuditTrailRecordingTests {

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	@WithUserDetails("admin")
	void aProgrammesLifeIsRecordedWithWhoDidWhatAndTheValuesBeforeAndAfter() {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(20_000_000_000L));
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		ledger.change(code, CapacityChange.INCREASE, Won.of(5_000_000_000L), "기아 추가 출연", "admin");

		List<AuditEntry> entries = oldestFirst(AuditedProgrammes.subject(code));

		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("capacity.initial", "programme.created", "programme.status-changed", "capacity.increase");
		assertThat(entries).allSatisfy(recorded -> {
			assertThat(recorded.username()).isEqualTo("admin");
			assertThat(recorded.role()).isEqualTo("PROGRAM_ADMIN");
			assertThat(recorded.organisationCode()).isEqualTo("MSS");
			assertThat(recorded.occurredAt()).isBefore(Instant.now());
		});
		assertThat(entries.get(0).details()).containsEntry("amountWon", 20_000_000_000L)
			.containsEntry("capacityWon", Map.of("from", 0, "to", 20_000_000_000L));
		assertThat(entries.get(2).details()).containsExactly(entry("status", Map.of("from", "DRAFT", "to", "OPEN")));
		assertThat(entries.get(3).details()).containsEntry("amountWon", 5_000_000_000L)
			.containsEntry("capacityWon", Map.of("from", 20_000_000_000L, "to", 25_000_000_000L))
			.containsEntry("reason", "기아 추가 출연");
		assertThat(entries).extracting(AuditEntry::sequenceNumber).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aReservationIsRecordedAsTheSystemsAndAppearsInTheApplicationsTrail() {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		ApplicationId application = AuditedProgrammes.nextApplication();

		ledger.reserve(code, application, Won.of(300_000_000));

		List<AuditEntry> applicationTrail = trail
			.search(AuditQuery.newest(10).withSubject("application:" + application.value()))
			.entries();
		assertThat(applicationTrail).singleElement().satisfies(reserved -> {
			assertThat(reserved.subject()).isEqualTo(AuditedProgrammes.subject(code));
			assertThat(reserved.action()).isEqualTo("capacity.reserved");
			assertThat(reserved.username()).isEqualTo("system");
			assertThat(reserved.role()).isNull();
			assertThat(reserved.details()).containsEntry("applicationId", application.value())
				.containsEntry("amountWon", 300_000_000)
				.containsEntry("committedWon", Map.of("from", 0, "to", 300_000_000));
		});
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntryAndTheChainIntact() {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		int entriesBefore = oldestFirst(AuditedProgrammes.subject(code)).size();

		transactions.executeWithoutResult(transaction -> {
			ledger.change(code, CapacityChange.INCREASE, Won.of(500_000_000), "취소될 증액", "admin");
			transaction.setRollbackOnly();
		});

		assertThat(ledger.position(code).capacity()).isEqualTo(Won.of(1_000_000_000));
		assertThat(oldestFirst(AuditedProgrammes.subject(code))).hasSize(entriesBefore)
			.extracting(AuditEntry::action)
			.doesNotContain("capacity.increase");
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void concurrentChangesJoinTheChainOneAfterAnother() throws Exception {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		int changes = 30;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(changes);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < changes; i++) {
				done.add(pool.submit(() -> {
					go.await();
					return ledger.change(code, CapacityChange.INCREASE, Won.of(1_000_000), "동시 증액", "admin");
				}));
			}
			go.countDown();
			for (Future<?> change : done) {
				change.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<AuditEntry> increases = trail
			.search(AuditQuery.newest(100).withSubject(AuditedProgrammes.subject(code)).withAction("capacity.increase"))
			.entries();
		assertThat(increases).hasSize(changes);
		assertThat(increases).extracting(recorded -> ((Map<?, ?>) recorded.details().get("capacityWon")).get("to"))
			.doesNotHaveDuplicates();
		ChainVerification verification = chain.verify();
		assertThat(verification.intact()).as("%s", verification).isTrue();
		assertThat(verification.lastSequenceNumber()).isGreaterThanOrEqualTo(increases.get(0).sequenceNumber());
	}

	@Test
	void anyModulesAuditableEventIsRecordedWhateverItsDetailsHold() {
		String subject = "partner-list:" + AuditedProgrammes.nextApplication().value();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", ProgrammeStatus.SUSPENDED);
		details.put("uploadedAt", Instant.parse("2026-03-02T00:00:00Z"));
		details.put("companies", List.of("123-45-67890", "314-86-05193"));
		details.put("note", "tab\tand NUL\u0000removed");
		details.put("missing", null);

		transactions.executeWithoutResult(transaction -> events.publishEvent(new PartnerListUploaded(subject, details)));

		assertThat(trail.search(AuditQuery.newest(5).withSubject(subject)).entries()).singleElement()
			.satisfies(recorded -> {
				assertThat(recorded.action()).isEqualTo("partner-list.uploaded");
				assertThat(recorded.username()).isEqualTo("system");
				assertThat(recorded.details()).containsEntry("status", "SUSPENDED")
					.containsEntry("uploadedAt", "2026-03-02T00:00:00Z")
					.containsEntry("companies", List.of("123-45-67890", "314-86-05193"))
					.containsEntry("note", "tab\tand NULremoved")
					.containsEntry("missing", null);
			});
	}

	@Test
	void anAuditableEventPublishedOutsideATransactionIsRecordedOnItsOwn() {
		String subject = "company:" + AuditedProgrammes.nextApplication().value();

		events.publishEvent(new PartnerListUploaded(subject, Map.of()));

		assertThat(trail.search(AuditQuery.newest(5).withSubject(subject)).entries()).hasSize(1);
	}

	private List<AuditEntry> oldestFirst(String subject) {
		List<AuditEntry> entries = new ArrayList<>(
				trail.search(AuditQuery.newest(AuditQuery.MAX_LIMIT).withSubject(subject)).entries());
		java.util.Collections.reverse(entries);
		return entries;
	}

	/**
	 * An event as another module might define it.
	 */
	record PartnerListUploaded(String subject, Map<String, Object> details) implements AuditableEvent {

		@Override
		public String auditSubject() {
			return subject;
		}

		@Override
		public String auditAction() {
			return "partner-list.uploaded";
		}

		@Override
		public Map<String, Object> auditDetails() {
			return details;
		}

	}

}

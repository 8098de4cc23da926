package kr.sangsaeng.audit;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.audit.ChainVerification.Problem;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail cannot be changed through the application's database account, and the chain shows where someone
 * with more power (here: the database superuser, switching the triggers off) changed it. Every tampering happens
 * in a transaction that is rolled back after the verification, so the shared database stays intact.
 */
@SangsaengTest
class AuditChainTamperingTests {

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private List<Long> ours;

	@BeforeEach
	void recordThreeEntries() {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		ledger.change(code, CapacityChange.INCREASE, Won.of(1_000_000), "첫째", "admin");
		ledger.change(code, CapacityChange.INCREASE, Won.of(2_000_000), "둘째", "admin");
		ours = trail.search(AuditQuery.newest(3).withSubject(AuditedProgrammes.subject(code)))
			.entries()
			.stream()
			.map(AuditEntry::sequenceNumber)
			.sorted()
			.toList();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveEntries() {
		long entry = ours.get(1);
		assertRefused("update audit_entry set details = '{}' where sequence_number = " + entry);
		assertRefused("update audit_entry set hash = previous_hash where sequence_number = " + entry);
		assertRefused("delete from audit_entry where sequence_number = " + entry);
		assertRefused("truncate audit_entry");
		assertRefused("update audit_chain_head set last_sequence_number = last_sequence_number - 1");
		assertRefused("delete from audit_chain_head");

		assertThat(trail.search(AuditQuery.newest(1).before(entry + 1)).entries()).singleElement()
			.satisfies(unchanged -> assertThat(unchanged.details()).containsEntry("reason", "첫째"));
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anUntouchedChainVerifiesAsIntact() {
		ChainVerification verification = chain.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.problem()).isNull();
		assertThat(verification.brokenAt()).isNull();
		assertThat(verification.entriesChecked()).isEqualTo(verification.lastSequenceNumber())
			.isGreaterThanOrEqualTo(ours.get(2));
		assertThat(verification.lastHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void aChangedEntryIsReportedAsTheFirstBrokenLink() {
		long changed = ours.get(1);

		ChainVerification verification = tamperedWith(
				"update audit_entry set details = jsonb_set(details, '{reason}', '\"셋째\"') where sequence_number = "
						+ changed);

		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(changed);
		assertThat(verification.problem()).isEqualTo(Problem.CONTENT_CHANGED);
		assertThat(verification.entriesChecked()).isEqualTo(changed - 1);
		assertThat(chain.verify().intact()).as("after the rollback").isTrue();
	}

	@Test
	void anEntryRewrittenWithARecomputedHashBreaksTheLinkToTheNextOne() {
		long rewritten = ours.get(1);

		ChainVerification verification = tamperedWith(
				"update audit_entry set username = 'someone-else' where sequence_number = " + rewritten,
				"update audit_entry e set hash = audit_entry_hash(e.previous_hash, e) where sequence_number = "
						+ rewritten);

		assertThat(verification.brokenAt()).isEqualTo(rewritten + 1);
		assertThat(verification.problem()).isEqualTo(Problem.LINK_BROKEN);
	}

	@Test
	void aRemovedEntryIsReportedMissing() {
		long removed = ours.get(1);

		ChainVerification verification = tamperedWith("delete from audit_entry where sequence_number = " + removed);

		assertThat(verification.brokenAt()).isEqualTo(removed);
		assertThat(verification.problem()).isEqualTo(Problem.ENTRY_MISSING);
	}

	@Test
	void removingTheNewestEntriesIsNoticedToo() {
		long last = trail.lastSequenceNumber();

		ChainVerification verification = tamperedWith("delete from audit_entry where sequence_number >= " + ours.get(2));

		assertThat(verification.brokenAt()).isEqualTo(ours.get(2));
		assertThat(verification.problem()).isEqualTo(Problem.ENTRY_MISSING);
		assertThat(verification.lastSequenceNumber()).isEqualTo(last);
	}

	@Test
	void anEntrySlippedInWithoutTheChainIsReported() {
		long last = trail.lastSequenceNumber();

		ChainVerification verification = tamperedWith(
				"insert into audit_entry (sequence_number, occurred_at, username, subject, action, previous_hash, hash) "
						+ "select last_sequence_number + 1, now(), 'intruder', 'programme:X', 'programme.deleted', "
						+ "last_hash, last_hash from audit_chain_head");

		assertThat(verification.brokenAt()).isEqualTo(last + 1);
		assertThat(verification.problem()).isEqualTo(Problem.CONTENT_CHANGED);
	}

	private void assertRefused(String statement) {
		assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("refused");
	}

	/**
	 * Runs {@code statements} as the database superuser with the triggers switched off, verifies the chain in the
	 * same transaction, then rolls everything back.
	 */
	private ChainVerification tamperedWith(String... statements) {
		return transactions.execute(transaction -> {
			jdbc.sql("set local session_replication_role = replica").update();
			for (String statement : statements) {
				jdbc.sql(statement).update();
			}
			jdbc.sql("set local session_replication_role = origin").update();
			transaction.setRollbackOnly();
			return chain.verify();
		});
	}

}

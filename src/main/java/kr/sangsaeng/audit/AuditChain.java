package kr.sangsaeng.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import kr.sangsaeng.audit.ChainVerification.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from its first entry and reports the first broken link. For each entry it checks that
 * no entry is missing before it, that it names the hash of the entry before it, and that its content still
 * gives its hash (recomputed by the database with the same canonical form that chained it); at the end, that
 * the last entry is the end the chain recorded. Entries are streamed, not loaded all at once.
 */
@Service
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final int FETCH_SIZE = 2_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditChain(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		Instant started = clock.instant();
		long startedNanos = System.nanoTime();
		End end = jdbc.sql("select last_sequence_number, last_hash from audit_chain_head")
			.query((row, number) -> new End(row.getLong(1), row.getString(2)))
			.single();
		Walk walk = jdbc
			.sql("select e.sequence_number, e.previous_hash, e.hash, audit_entry_hash(e.previous_hash, e) = e.hash "
					+ "from audit_entry e order by e.sequence_number")
			.withFetchSize(FETCH_SIZE)
			.query(AuditChain::walk);
		Walk checked = walk.broken() ? walk : walk.against(end);
		long millis = (System.nanoTime() - startedNanos) / 1_000_000;
		return new ChainVerification(!checked.broken(), checked.intactEntries(), end.sequenceNumber(), end.hash(),
				checked.brokenAt(), checked.problem(), started, millis);
	}

	private static Walk walk(ResultSet rows) throws SQLException {
		long expected = 1;
		String previousHash = GENESIS;
		long intact = 0;
		while (rows.next()) {
			long sequenceNumber = rows.getLong(1);
			if (sequenceNumber != expected) {
				return Walk.brokenAt(intact, expected, Problem.ENTRY_MISSING);
			}
			if (!previousHash.equals(rows.getString(2))) {
				return Walk.brokenAt(intact, sequenceNumber, Problem.LINK_BROKEN);
			}
			if (!rows.getBoolean(4)) {
				return Walk.brokenAt(intact, sequenceNumber, Problem.CONTENT_CHANGED);
			}
			previousHash = rows.getString(3);
			intact++;
			expected++;
		}
		return new Walk(intact, intact, previousHash, null, null);
	}

	/**
	 * The end of the chain as the database recorded it when the last appending transaction committed.
	 */
	private record End(long sequenceNumber, String hash) {
	}

	private record Walk(long intactEntries, long lastSequenceNumber, String lastHash, Long brokenAt,
			Problem problem) {

		static Walk brokenAt(long intactEntries, long sequenceNumber, Problem problem) {
			return new Walk(intactEntries, sequenceNumber - 1, null, sequenceNumber, problem);
		}

		boolean broken() {
			return problem != null;
		}

		Walk against(End end) {
			if (lastSequenceNumber < end.sequenceNumber()) {
				return brokenAt(intactEntries, lastSequenceNumber + 1, Problem.ENTRY_MISSING);
			}
			if (lastSequenceNumber > end.sequenceNumber()) {
				return brokenAt(end.sequenceNumber(), end.sequenceNumber() + 1, Problem.END_MISMATCH);
			}
			if (!lastHash.equals(end.hash())) {
				return brokenAt(intactEntries - 1, lastSequenceNumber, Problem.END_MISMATCH);
			}
			return this;
		}

	}

}

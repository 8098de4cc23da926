package kr.sangsaeng.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a walk along the audit chain found: either every entry follows on from the one before and matches its
 * hash, or the first entry where that is not so.
 *
 * @param intact whether the whole chain is intact
 * @param entriesChecked how many entries were found intact, in order from the first
 * @param lastSequenceNumber the last entry of the chain as the database recorded it
 * @param lastHash the hash of that entry
 * @param brokenAt the sequence number of the first broken link, when not intact
 * @param problem what is wrong there, when not intact
 * @param verifiedAt when the walk started
 * @param durationMillis how long it took
 */
public record ChainVerification(boolean intact, long entriesChecked, long lastSequenceNumber, String lastHash,
		Long brokenAt, Problem problem, Instant verifiedAt, long durationMillis) implements Serializable {

	public enum Problem {

		/** The entry's content no longer gives its hash: it was changed after it was recorded. */
		CONTENT_CHANGED,

		/** The entry does not follow on from the entry before it: that one was rewritten or this one inserted. */
		LINK_BROKEN,

		/** No entry has this sequence number: it was removed. */
		ENTRY_MISSING,

		/** The last entry is not the end the chain recorded: entries were added or rewritten outside the trail. */
		END_MISMATCH;

		public String messageKey() {
			return "audit.verify.problem." + name();
		}

	}

}

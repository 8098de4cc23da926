package kr.sangsaeng.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.shared.ApplicationId;

/**
 * What the applications module asks about the payments made out of an approved application's loan, so that the
 * SME sees what reached it. The module that records payments answers; applications does not depend on it.
 */
public interface LoanPayouts {

	/**
	 * The payments in force (reversed ones left out), oldest first; none before the bank pays anything.
	 */
	List<LoanPayout> ofApplication(ApplicationId application);

	/**
	 * When the bank acknowledged receiving the guarantee certificate; empty before.
	 */
	Optional<Instant> certificateAcknowledgedAt(ApplicationId application);

}

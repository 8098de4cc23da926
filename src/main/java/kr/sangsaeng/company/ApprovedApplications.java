package kr.sangsaeng.company;

import kr.sangsaeng.shared.ApplicationId;

/**
 * Whether an application was approved (and so has used its recommendation). The applications module answers it;
 * the company module does not depend on it.
 */
public interface ApprovedApplications {

	boolean wasApproved(ApplicationId application);

}

package kr.sangsaeng.applications;

import java.util.Optional;

import kr.sangsaeng.shared.ApplicationId;

/**
 * What the applications module asks about the guarantee issued on an application, so that the SME sees it with
 * its application. The module that issues guarantees answers; applications does not depend on it.
 */
public interface IssuedGuarantees {

	/**
	 * The guarantee issued on the application, if any.
	 */
	Optional<IssuedGuarantee> ofApplication(ApplicationId application);

}

package kr.sangsaeng.program;

/**
 * What the applications tell a programme about the applications routed to its agreements, so that an agreement
 * that has any is never taken away from them.
 */
public interface ApplicationsOfAgreements {

	/**
	 * Whether any application, a draft included, is routed to the agreement.
	 */
	boolean anyRoutedTo(AgreementCode agreement);

}

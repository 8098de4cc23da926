package kr.sangsaeng.identity;

/**
 * The kinds of organisation people sign in for.
 */
public enum OrganisationKind {

	MINISTRY, AGENCY, BANK, SME, FUNDER

}

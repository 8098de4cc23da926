package kr.sangsaeng.applications;

/**
 * The SME acting on its applications: its organisation, business number and name, and who is signed in.
 */
public record Applicant(long organisationId, String businessNumber, String companyName, String username) {
}

package kr.sangsaeng.applications;

import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;

/**
 * The SME acting on its applications: its organisation, business number and name, and who is signed in.
 */
public record Applicant(long organisationId, String businessNumber, String companyName, String username) {

	/**
	 * The signed-in person, as the one who does something.
	 */
	public Actor actor() {
		return Actor.person(username, Role.SME_APPLICANT);
	}

}

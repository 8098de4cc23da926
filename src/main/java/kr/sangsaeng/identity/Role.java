package kr.sangsaeng.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person does in the system. Each account has exactly one role.
 */
public enum Role {

	PROGRAM_ADMIN, MINISTRY_OFFICIAL, AGENCY_REVIEWER, AGENCY_APPROVER, BANK_OFFICER, SME_APPLICANT, FUNDER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public String messageKey() {
		return "role." + name();
	}

	/**
	 * The kind of organisation people of this role work for.
	 */
	public OrganisationKind organisationKind() {
		return switch (this) {
			case PROGRAM_ADMIN, MINISTRY_OFFICIAL -> OrganisationKind.MINISTRY;
			case AGENCY_REVIEWER, AGENCY_APPROVER -> OrganisationKind.AGENCY;
			case BANK_OFFICER -> OrganisationKind.BANK;
			case SME_APPLICANT -> OrganisationKind.SME;
			case FUNDER -> OrganisationKind.FUNDER;
		};
	}

}

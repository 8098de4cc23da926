package kr.sangsaeng.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person does in the system. Each account has exactly one role.
 */
public enum Role {

	PROGRAM_ADMIN, MINISTRY_OFFICIAL, AGENCY_REVIEWER, AGENCY_APPROVER, BANK_OFFICER, SME_APPLICANT;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public String messageKey() {
		return "role." + name();
	}

}

package kr.sangsaeng.company;

import java.util.Objects;

import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * An SME signing up: its business registration number, the email address and password its account signs in
 * with, and its company details.
 */
public record CompanySignUp(BusinessRegistrationNumber businessNumber, String email, String password,
		CompanyDetails details) {

	public CompanySignUp {
		Objects.requireNonNull(businessNumber, "business registration number");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(details, "company details");
	}

	@Override
	public String toString() {
		return "CompanySignUp[" + businessNumber + ", " + email + "]";
	}

}

package kr.sangsaeng.company.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form as typed. Field names are part of the outside contract.
 */
record SignUpForm(
		@NotBlank(message = "{company.error.businessRegistrationNumber.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{brn.invalid.format}") String businessRegistrationNumber,
		@NotBlank(message = "{company.error.companyName.required}")
		@Size(max = CompanyDetailsForm.NAME_LENGTH, message = "{company.error.tooLong}") @PlainText String companyName,
		@NotBlank(message = "{company.error.representativeName.required}")
		@Size(max = CompanyDetailsForm.REPRESENTATIVE_LENGTH, message = "{company.error.tooLong}") @PlainText String representativeName,
		@NotBlank(message = "{company.error.email.required}")
		@Size(max = CompanyDetailsForm.EMAIL_LENGTH, message = "{company.error.tooLong}") String email,
		@NotBlank(message = "{company.error.password.required}")
		@Size(max = SignUpForm.PASSWORD_LENGTH, message = "{password.invalid.too-long}") String password,
		@NotBlank(message = "{company.error.passwordConfirm.required}")
		@Size(max = SignUpForm.PASSWORD_LENGTH, message = "{company.error.passwordConfirm.mismatch}") String passwordConfirm,
		@NotBlank(message = "{company.error.industry.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.industry.unknown}") String industry,
		@NotBlank(message = "{company.error.region.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.region.unknown}") String region,
		@NotBlank(message = "{company.error.employees.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.employees.invalid}") String employees,
		@NotBlank(message = "{won.invalid.empty}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{won.invalid.not-a-number}") String annualRevenue,
		@NotBlank(message = "{company.error.foundedOn.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.foundedOn.invalid}") String foundedOn,
		@NotBlank(message = "{company.error.phone.required}")
		@Size(max = CompanyDetailsForm.SHORT_FIELD_LENGTH, message = "{company.error.phone.invalid}") String phone)
		implements CompanyDetailsForm {

	/** Longer than any password the policy allows, so that the policy can say what is wrong. */
	static final int PASSWORD_LENGTH = 256;

	static SignUpForm empty() {
		return new SignUpForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	@Override
	public String toString() {
		return "SignUpForm[" + businessRegistrationNumber + ", " + email + "]";
	}

}

package kr.sangsaeng.company.web;

import java.util.Locale;
import java.util.Optional;

import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.PasswordPolicy;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;
import kr.sangsaeng.shared.MailAddresses;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a sign-up beyond Bean Validation: a business registration number with a matching check digit,
 * an email address, a password the policy allows, typed twice the same, and neither number nor address taken.
 */
@Component
class SignUpChecks {

	static final String BUSINESS_NUMBER_TAKEN = "company.error.businessRegistrationNumber.taken";

	static final String EMAIL_TAKEN = "company.error.email.taken";

	private final CompanyDetailsChecks companyChecks;

	private final PasswordPolicy passwordPolicy;

	private final CompanyProfiles profiles;

	SignUpChecks(CompanyDetailsChecks companyChecks, PasswordPolicy passwordPolicy, CompanyProfiles profiles) {
		this.companyChecks = companyChecks;
		this.passwordPolicy = passwordPolicy;
		this.profiles = profiles;
	}

	/**
	 * The sign-up the form describes, or nothing when a field is refused.
	 */
	Optional<CompanySignUp> check(SignUpForm form, Errors errors) {
		BusinessRegistrationNumber businessNumber = businessNumber(form.businessRegistrationNumber(), errors);
		String email = email(form.email(), errors);
		password(form, email, errors);
		Optional<CompanyDetails> details = companyChecks.check(form, errors);
		if (businessNumber != null && profiles.isRegistered(businessNumber)) {
			errors.rejectValue("businessRegistrationNumber", BUSINESS_NUMBER_TAKEN);
		}
		if (email != null && profiles.isEmailTaken(email)) {
			errors.rejectValue("email", EMAIL_TAKEN);
		}
		if (errors.hasErrors() || details.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CompanySignUp(businessNumber, email, form.password(), details.get()));
	}

	/**
	 * Shows a refusal that came after the checks, as when the same sign-up was sent twice at once.
	 */
	static void reject(AlreadyRegisteredException taken, Errors errors) {
		if (taken.businessNumberTaken()) {
			errors.rejectValue("businessRegistrationNumber", BUSINESS_NUMBER_TAKEN);
		}
		if (taken.emailTaken() || !taken.businessNumberTaken()) {
			errors.rejectValue("email", EMAIL_TAKEN);
		}
	}

	private static BusinessRegistrationNumber businessNumber(String typed, Errors errors) {
		if (errors.hasFieldErrors("businessRegistrationNumber")) {
			return null;
		}
		try {
			return BusinessRegistrationNumber.parse(CompanyDetailsChecks.digits(typed));
		}
		catch (InvalidBusinessRegistrationNumberException invalid) {
			errors.rejectValue("businessRegistrationNumber", invalid.messageKey());
			return null;
		}
	}

	private static String email(String typed, Errors errors) {
		if (errors.hasFieldErrors("email")) {
			return null;
		}
		String email = typed.strip().toLowerCase(Locale.ROOT);
		if (!MailAddresses.isWellFormed(email)) {
			errors.rejectValue("email", "company.error.email.invalid");
			return null;
		}
		return email;
	}

	private void password(SignUpForm form, String email, Errors errors) {
		if (!errors.hasFieldErrors("password")) {
			for (String violation : passwordPolicy.violations(form.password(), email == null ? form.email() : email)) {
				errors.rejectValue("password", violation);
			}
		}
		if (!errors.hasFieldErrors("passwordConfirm") && !form.passwordConfirm().equals(form.password())) {
			errors.rejectValue("passwordConfirm", "company.error.passwordConfirm.mismatch");
		}
	}

}
